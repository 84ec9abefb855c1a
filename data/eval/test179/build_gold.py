"""Build the test179 gold files (data/eval/test179/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev233/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test179/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test179.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test179"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The North Africa Post (Morocco) business/infrastructure (a desalination plant a year late), headline with a curly
#    single fragment "delay ‘unacceptable’, water minister says", byline and date lines, dateline "Rabat –", curly “ ”
#    and ’; lede content before "the contractor Sahel Aqua Systems confirmed"; minister "called the delay “...”" and
#    "said the ministry would apply ... “...”" (two partials, no indirect); quote with "the minister told reporters";
#    "He added that A"; statement "said A and that B" (one span); quote split by "said the company’s managing
#    director, Nadia Cherradi."; "told The North Africa Post that A"; scare so-called “green Dakhla” plan; farmer's
#    quote split by "said X, who ...", open paragraph then a quote-only paragraph; chamber "warned that ... could
#    face “...”" (partial only); "According to ... (ONEE), A"; economist "said A", quote with "he said"; residents
#    "said A and that B".
ARTICLES[f"{BATCH}/dakhla-desalination-plant-delay.gold.json"] = {
    "article": f"{BATCH}/dakhla-desalination-plant-delay.txt",
    "target": "Sahel Aqua Systems",
    "quotes": [
        (P, "Hamid Lahlou-Zerouali", "unacceptable", "Dakhla desalination plant delay"),
        (I, "Sahel Aqua Systems", "The seawater desalination plant meant to supply Dakhla and its farms will not start "
            "producing water before the autumn of 2027, a full year behind schedule", None),
        (P, "Hamid Lahlou-Zerouali", "unacceptable", "called the delay"),
        (P, "Hamid Lahlou-Zerouali", "to the last dirham.", None),
        (D, "Hamid Lahlou-Zerouali", "We signed a contract with a date in it. The people of Dakhla have kept their side of "
            "the bargain, and the farmers have planted for a plant that is not there,", None),
        (I, "Hamid Lahlou-Zerouali", "an inspection team would visit the site before the end of the month", None),
        (I, "Sahel Aqua Systems", "the membranes and the intake pipeline were already in place and that 82 per cent of the "
            "works had been completed", None),
        (D, "Nadia Cherradi", "Nobody regrets this delay more than we do,", None),
        (D, "Nadia Cherradi", "But a desalination plant is not a shopping centre. You cannot switch on half of it.", None),
        (I, "Nadia Cherradi", "the firm had offered to pay for temporary mobile units to supply drinking water to the city "
            "during the summer", None),
        (S, None, "green Dakhla", None),
        (D, "Brahim Ould Salek", "Every season we wait, the wells get worse,", None),
        (D, "Brahim Ould Salek", "My father drilled at 30 metres. Now we pump from 120 metres and the water burns the "
            "leaves.", None),
        (D, "Brahim Ould Salek", "If the plant had come on time, I would have hired twenty more people this winter. "
            "Instead I am letting people go.", None),
        (P, "regional chamber of agriculture", "a very hard year.", None),
        (I, "National Office of Electricity and Drinking Water", "Dakhla’s reserves can meet household demand until at "
            "least June, and no cuts are planned for the city", None),
        (I, "Saad Bennani", "the big water projects in the south were ambitious but had been tendered too fast", None),
        (D, "Saad Bennani", "The contractor has some responsibility, of course. But the state also chose the lowest bid "
            "and a very tight calendar,", None),
        (I, "Residents of Dakhla’s Al Wahda district", "they had been promised the plant would end the summer water cuts "
            "of recent years and that many families still buy bottled water for cooking", None),
    ],
    "actors": [
        actor("Hamid Lahlou-Zerouali", "person", title="Minister of Equipment and Water", affiliation="Morocco",
              aliases=["Hamid Lahlou-Zerouali", "Lahlou-Zerouali", "the minister", "water minister"], stance=-1),
        actor("Sahel Aqua Systems", "organisation", title="contractor (engineering firm)", affiliation="Casablanca",
              aliases=["Sahel Aqua Systems", "the company", "the firm"], stance=1),
        actor("Nadia Cherradi", "person", title="managing director", affiliation="Sahel Aqua Systems",
              aliases=["Nadia Cherradi", "Cherradi"], stance=1),
        actor("Brahim Ould Salek", "person", title="cherry tomato grower", affiliation=None,
              aliases=["Brahim Ould Salek", "Ould Salek"], stance=-1),
        actor("regional chamber of agriculture", "organisation", title="chamber of agriculture", affiliation="Dakhla region",
              aliases=["regional chamber of agriculture"], stance=-1),
        actor("National Office of Electricity and Drinking Water", "government", title="national utility",
              affiliation="Morocco", aliases=["National Office of Electricity and Drinking Water", "ONEE"], stance=None),
        actor("Saad Bennani", "person", title="economist", affiliation="Mohammed V University",
              aliases=["Saad Bennani", "Bennani"], stance=0),
        actor("Residents of Dakhla’s Al Wahda district", "group", title="residents", affiliation="Dakhla",
              aliases=["Residents of Dakhla’s Al Wahda district"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Tribune (Bahamas, Tribune242) courts (residents challenge a cruise port's permits), headline without speech,
#    byline in capitals, "Tribune Staff Reporter" and e-mail lines, lede opening "A SOUTH Eleuthera residents' group",
#    straight " and apostrophes, "Mr" without a full stop; lede group "asked ... to quash ..., arguing A" (indirect for
#    the participial clause); lawyer "told Justice ... that the consultation had been "..."" (partial only), quote
#    with "Mr Knowles said.", "He said A"; company "has said A"; scare so-called "private destination" model; Crown
#    counsel "said A and that B", quote with "he said"; judge's quote with "she said"; association president "said
#    A", quote with "she told The Tribune." then a quote-only paragraph; company statement "said it had "..." and
#    remained committed to what it described as a "..."" (two partials), "The company said A and that B"; group "Some
#    fishermen in Deep Creek told The Tribune A"; fisherman "said A", quote with "he said".
ARTICLES[f"{BATCH}/eleuthera-cruise-port-court.gold.json"] = {
    "article": f"{BATCH}/eleuthera-cruise-port-court.txt",
    "target": "Coralway Cruises",
    "quotes": [
        (I, "Lighthouse Point Preservation Association", "the government approved the project without a proper "
            "environmental hearing", None),
        (P, "Frederick Knowles", "a presentation, not a consultation.", None),
        (D, "Frederick Knowles", "My clients were shown slides for forty minutes and then told the meeting was over. "
            "Nobody asked them what they thought. Nobody recorded a single objection,", None),
        (I, "Frederick Knowles", "the environmental impact assessment relied on fish counts taken over three days in the "
            "dry season", None),
        (I, "Coralway Cruises", "the port will create 300 permanent jobs", None),
        (S, None, "private destination", None),
        (I, "Neville Sands", "the permits were granted lawfully and that the association had waited too long to bring its "
            "challenge", None),
        (D, "Neville Sands", "The applicants had every opportunity to object in 2025. They chose to come to court eighteen "
            "months later, after the dredging contract was signed,", None),
        (D, "Andrea Rolle-Symonette", "This court is not here to decide whether a cruise port is a good idea for "
            "Eleuthera. It is here to decide whether the law was followed,", None),
        (I, "Marjorie Pinder", "members had travelled to Nassau at their own expense", None),
        (D, "Marjorie Pinder", "We are not against jobs. We are against losing the reef our grandfathers fished,", None),
        (D, "Marjorie Pinder", "Once they dredge that channel, it is gone. There's no appeal for a reef.", None),
        (P, "Coralway Cruises", "followed every step required by Bahamian law", None),
        (P, "Coralway Cruises", "partnership", None),
        (I, "Coralway Cruises", "it would fund a marine monitoring programme run by a local school and that at least 80 "
            "percent of the port's staff would be Bahamian", None),
        (I, "Some fishermen in Deep Creek", "they supported the project", None),
        (I, "Kenneth Rahming", "most of the money from tourism had bypassed the south of the island", None),
        (D, "Kenneth Rahming", "If they give my son a job, I'm for it. But they have to keep their word about the reef,",
            None),
    ],
    "actors": [
        actor("Lighthouse Point Preservation Association", "organisation", title="South Eleuthera residents' group",
              affiliation="South Eleuthera", aliases=["Lighthouse Point Preservation Association", "association"],
              stance=-1),
        actor("Frederick Knowles", "person", title="lawyer for the association", affiliation=None,
              aliases=["Frederick Knowles", "Knowles", "Mr Knowles"], stance=-1),
        actor("Coralway Cruises", "organisation", title="cruise operator (Miami-based)", affiliation=None,
              aliases=["Coralway Cruises", "Coralway", "The company"], stance=1),
        actor("Neville Sands", "person", title="counsel", affiliation="Office of the Attorney General",
              aliases=["Neville Sands", "Sands"], stance=1),
        actor("Andrea Rolle-Symonette", "person", title="Justice", affiliation="Supreme Court",
              aliases=["Andrea Rolle-Symonette", "Rolle-Symonette", "Justice Rolle-Symonette"], stance=0),
        actor("Marjorie Pinder", "person", title="association president",
              affiliation="Lighthouse Point Preservation Association", aliases=["Marjorie Pinder", "Pinder"], stance=-1),
        actor("Some fishermen in Deep Creek", "group", title="fishermen", affiliation="Deep Creek",
              aliases=["Some fishermen in Deep Creek"], stance=1),
        actor("Kenneth Rahming", "person", title="fisherman", affiliation="Deep Creek",
              aliases=["Kenneth Rahming", "Rahming"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. CBC News North (Canada, Northwest Territories) health (a health centre cuts to emergency-only care), headline
#    without speech, standfirst with a curly single fragment "Chief says community was ‘left in the dark’", byline
#    line with "·", curly “ ” with straight apostrophes (K'asho Got'ine, authority's, It's); lede content before "the
#    Northwest Territories Health and Social Services Authority says" (present tense); "In a notice ..., the authority
#    said A, B and C" (one span); scare “service reduction”; chief "said A", quote split by "she said in an interview
#    with CBC News." whose second stretch is an open paragraph, then a quote-only paragraph; "said the community
#    “...” and that B" (partial plus indirect); COO "said A", quote with "Rowe said."; "She said the authority had been
#    recruiting “...” ... and had offered ..., but that B" (partial plus indirect); "According to the authority, A";
#    minister "told the legislative assembly ... that A", quote with "he said", "He said the authority had made “...”"
#    (partial only); group "Several residents who spoke to CBC News said A".
ARTICLES[f"{BATCH}/fort-good-hope-health-centre-nurses.gold.json"] = {
    "article": f"{BATCH}/fort-good-hope-health-centre-nurses.txt",
    "target": "Northwest Territories Health and Social Services Authority",
    "quotes": [
        (P, "Marie Lafferty", "left in the dark", None),
        (I, "Northwest Territories Health and Social Services Authority", "The health centre in Fort Good Hope, N.W.T., "
            "will offer only emergency care for at least six weeks starting Monday because it does not have enough "
            "nurses", None),
        (I, "Northwest Territories Health and Social Services Authority", "two of the four nursing positions in the "
            "community were vacant, a third nurse was on leave and residents with appointments would be contacted to "
            "rebook", None),
        (S, None, "service reduction", None),
        (I, "Marie Lafferty", "the news came with no warning", None),
        (D, "Marie Lafferty", "We found out on Facebook, the same as everybody else,", None),
        (D, "Marie Lafferty", "Nobody from the authority picked up the phone to call the chief and council.", None),
        (D, "Marie Lafferty", "We have elders on dialysis who fly out every week. We have young mothers. If something "
            "happens at night, who is going to answer the door?", None),
        (P, "Marie Lafferty", "feels forgotten", None),
        (I, "Marie Lafferty", "she had written to the health minister asking for a meeting", None),
        (I, "Kimberly Rowe", "the decision was made to keep the remaining staff safe", None),
        (D, "Kimberly Rowe", "We cannot run a 24-hour health centre with one nurse. That is not safe for the nurse and it "
            "is not safe for patients,", None),
        (P, "Kimberly Rowe", "non-stop", None),
        (I, "Kimberly Rowe", "agency nurses were also in short supply across the North", None),
        (I, "Northwest Territories Health and Social Services Authority", "patients who need urgent care after hours will "
            "be assessed by phone by a nurse in Norman Wells and flown out if needed", None),
        (I, "Paul Dempsey", "the territory had 93 vacant nursing positions", None),
        (D, "Paul Dempsey", "This is not a Fort Good Hope problem. It's a northern problem, and it's a national problem,",
            None),
        (P, "Paul Dempsey", "the only responsible decision", None),
        (I, "Several residents who spoke to CBC News", "they had stopped booking routine appointments months ago because "
            "they were so often cancelled", None),
    ],
    "actors": [
        actor("Marie Lafferty", "person", title="Chief", affiliation="K'asho Got'ine",
              aliases=["Marie Lafferty", "Lafferty", "Chief"], stance=-1),
        actor("Northwest Territories Health and Social Services Authority", "government", title="territorial health authority",
              affiliation="Northwest Territories",
              aliases=["Northwest Territories Health and Social Services Authority", "the authority"], stance=1),
        actor("Kimberly Rowe", "person", title="chief operating officer for the Sahtu region",
              affiliation="Northwest Territories Health and Social Services Authority",
              aliases=["Kimberly Rowe", "Rowe"], stance=1),
        actor("Paul Dempsey", "person", title="Health and Social Services Minister", affiliation="Northwest Territories",
              aliases=["Paul Dempsey", "Dempsey"], stance=1),
        actor("Several residents who spoke to CBC News", "group", title="residents", affiliation="Fort Good Hope",
              aliases=["Several residents who spoke to CBC News"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Local Italy (English-language news site) local government/culture (Matera to charge day-trippers an entry
#    fee), headline and standfirst without speech, "Published:" line, straight " with British punctuation outside
#    ("...stay".), "€5"; lede content before "Matera City Council said"; content before ", according to the council";
#    mayor "said the aim was ... to "..." that ..." (partial only), quote split by "Santoro told Italian news agency
#    ANSA."; "She added that A"; councillor "called the fee "..." and said B" (partial plus indirect), question quote
#    with "he said"; hotel association "said in a statement that the measure "..."" (partial only); traders'
#    association "said the council had consulted traders "...", and that B" (partial plus indirect); shop owner's quote
#    split by "said X, who ..."; ministry "has said A"; scare so-called "contributo di accesso"; content before ", the
#    council said, with ..." (the writer's tail not in the span); resident "said A"; resident "said the Sassi risked
#    becoming "..."" (partial only).
ARTICLES[f"{BATCH}/matera-sassi-entry-fee.gold.json"] = {
    "article": f"{BATCH}/matera-sassi-entry-fee.txt",
    "target": "Matera City Council",
    "quotes": [
        (I, "Matera City Council", "Day-trippers visiting the Sassi, the ancient cave district that made Matera famous, "
            "will have to pay €5 on busy days from April 2027", None),
        (I, "Matera City Council", "The fee, approved by 19 votes to 12, will apply on around 60 days a year, mostly "
            "weekends and holidays between April and October", None),
        (P, "Vittoria Santoro", "manage the crowds", None),
        (D, "Vittoria Santoro", "On a Sunday in August we have 25,000 people walking through streets built for a few "
            "hundred families,", None),
        (D, "Vittoria Santoro", "The stones cannot take it, and neither can the people who still live there.", None),
        (I, "Vittoria Santoro", "the money raised, estimated at €1.5 million a year, would be spent on maintenance of the "
            "Sassi and on a shuttle bus from the station", None),
        (P, "Michele Lorusso", "a tax on curiosity", None),
        (I, "Michele Lorusso", "it would drive visitors to nearby towns", None),
        (D, "Michele Lorusso", "Matera was a symbol of poverty for a century. Now we tell people they must pay to look at "
            "it?", None),
        (P, "Federalberghi Basilicata", "rewards the visitors who actually stay", None),
        (P, "Confcommercio Matera", "only at the last minute", None),
        (I, "Confcommercio Matera", "small businesses relying on coach tours could lose up to a third of their customers",
            None),
        (D, "Antonella Di Marzio", "The coach groups come for three hours, they eat lunch, they buy a souvenir,", None),
        (D, "Antonella Di Marzio", "If each of them has to pay €5 at the gate, the tour operators will just cut Matera "
            "from the route.", None),
        (I, "tourism ministry", "it is following the experiments in Venice and Matera closely, though it has no plans for "
            "a national scheme", None),
        (S, None, "contributo di accesso", None),
        (I, "Matera City Council", "Visitors will pay online and face spot checks at five entry points", None),
        (I, "Giuseppe Ferri", "the fee was overdue", None),
        (P, "Lucia Cascione", "a museum with a turnstile", None),
    ],
    "actors": [
        actor("Matera City Council", "government", title="city council", affiliation="Matera",
              aliases=["Matera City Council", "the council"], stance=1),
        actor("Vittoria Santoro", "person", title="Mayor", affiliation="Matera",
              aliases=["Vittoria Santoro", "Santoro", "Mayor Vittoria Santoro"], stance=1),
        actor("Michele Lorusso", "person", title="opposition councillor", affiliation="Matera City Council",
              aliases=["Michele Lorusso", "Lorusso"], stance=-1),
        actor("Federalberghi Basilicata", "organisation", title="regional hotel association", affiliation="Basilicata",
              aliases=["Federalberghi Basilicata"], stance=1),
        actor("Confcommercio Matera", "organisation", title="traders' association", affiliation="Matera",
              aliases=["Confcommercio Matera"], stance=-1),
        actor("Antonella Di Marzio", "person", title="ceramics shop owner", affiliation=None,
              aliases=["Antonella Di Marzio", "Di Marzio"], stance=-1),
        actor("tourism ministry", "government", title="tourism ministry", affiliation="Italy",
              aliases=["tourism ministry"], stance=0),
        actor("Giuseppe Ferri", "person", title="resident, 71", affiliation="Sasso Caveoso",
              aliases=["Giuseppe Ferri", "Ferri"], stance=1),
        actor("Lucia Cascione", "person", title="rents out rooms", affiliation=None,
              aliases=["Lucia Cascione", "Cascione"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
