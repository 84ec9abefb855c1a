"""Build the dev61 gold files (data/eval/dev61/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev60/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev61/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev61.  Standard library only.
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
# 1. The Barents Observer (Norway) fisheries/diplomacy (the joint commission fails to agree a cod quota),
#    headline and standfirst without speech, byline and date lines, straight " and apostrophes, Norwegian
#    names (Mørkved, Tromsø, Båtsfjord). Ministry "said in a press release ... the Russian side had "..."" (partial
#    only); minister "said A", quote with "Mørkved told the Barents Observer by phone", "She said A and that B";
#    "According to ICES, A"; Rosrybolovstvo "said ... had "..." the talks by refusing ..." (partial only), quote
#    with "the agency said"; delegation head "told the Interfax news agency that Moscow was ready to return to
#    the table "..."" (partial only), quote with "Gusakov said"; industry head "said A, but warned that B" (two
#    indirects), quote with "Lind said"; consul "said ... that fisheries cooperation was "..." ... and should not
#    be "..." by sanctions" (two partials); researcher "said A", "she said"; scare so-called "Loophole". Not
#    annotated: the sanctions and port restrictions, the Svalbard dispute.
ARTICLES["data/eval/dev61/barents-cod-quota-talks-collapse.gold.json"] = {
    "article": "data/eval/dev61/barents-cod-quota-talks-collapse.txt",
    "target": "Russia",
    "quotes": [
        (P, "Ministry of Trade, Industry and Fisheries", "made its agreement conditional on issues that have nothing to "
            "do with fisheries management", None),
        (I, "Siri M\u00f8rkved", "Norway had proposed a total cod quota of 340,000 tonnes for 2027, in line with the "
            "advice of the International Council for the Exploration of the Sea (ICES)", None),
        (D, "Siri M\u00f8rkved", "We cannot sign a deal that ignores the science and rewards pressure. The cod stock is "
            "already at a historic low,", None),
        (I, "Siri M\u00f8rkved", "Norway would set a national quota for its own fleet before Christmas and that it had "
            "the right to do so under the 1976 agreement between the two countries", None),
        (I, "International Council for the Exploration of the Sea", "the spawning stock of northeast Arctic cod has "
            "fallen by more than half since 2013", None),
        (P, "Federal Agency for Fisheries", "once again politicised", None),
        (D, "Federal Agency for Fisheries", "Russia has always been guided by scientific data, including the data of its "
            "own research institutes, which show the stock is in a much better condition than ICES claims,", None),
        (P, "Pavel Gusakov", "at any moment", None),
        (D, "Pavel Gusakov", "We are not the ones who walked away. Norway wants Russian fish without Russian "
            "fishermen,", None),
        (I, "Kjell Ove Lind", "the industry backed the government's refusal to link quotas to sanctions", None),
        (I, "Kjell Ove Lind", "two separate national quotas could add up to far more than scientists recommend", None),
        (D, "Kjell Ove Lind", "Russia knows that if both sides fish what they like, the loser is the cod. That is not a "
            "game we want to play,", None),
        (P, "Nikolai Shurygin", "the last bridge", None),
        (P, "Nikolai Shurygin", "held hostage", None),
        (I, "Marit Solbakken", "the fisheries commission had survived the Cold War, the collapse of the Soviet Union and "
            "the sanctions that followed 2014", None),
        (D, "Marit Solbakken", "It was the one forum where Norway and Russia still sat down together every year as if "
            "nothing had happened. That era may now be over,", None),
        (S, None, "Loophole", None),
    ],
    "actors": [
        actor("Ministry of Trade, Industry and Fisheries", "government", affiliation="Norway",
              aliases=["Ministry of Trade, Industry and Fisheries"], stance=-1),
        actor("Siri M\u00f8rkved", "person", title="Fisheries Minister", affiliation="Norway",
              aliases=["Siri M\u00f8rkved", "M\u00f8rkved"], stance=-1),
        actor("International Council for the Exploration of the Sea", "organisation", title="marine science body",
              aliases=["International Council for the Exploration of the Sea", "ICES"], stance=None),
        actor("Federal Agency for Fisheries", "government", affiliation="Russia",
              aliases=["Federal Agency for Fisheries", "Rosrybolovstvo", "agency"], stance=1),
        actor("Pavel Gusakov", "person", title="deputy agency head, head of the Russian delegation",
              affiliation="Rosrybolovstvo", aliases=["Pavel Gusakov", "Gusakov"], stance=1),
        actor("Kjell Ove Lind", "person", title="head of the vessel owners' association", affiliation="Fisk\u00eab\u00e5t",
              aliases=["Kjell Ove Lind", "Lind"], stance=-1),
        actor("Nikolai Shurygin", "person", title="Consul General in Kirkenes", affiliation="Russia",
              aliases=["Nikolai Shurygin", "Shurygin"], stance=1),
        actor("Marit Solbakken", "person", title="senior researcher", affiliation="Fridtjof Nansen Institute",
              aliases=["Marit Solbakken", "Solbakken"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Gleaner (Jamaica) health (the health minister resists declaring a dengue emergency), headline with a
#    straight single full clause and an en dash ("'We are not in crisis' – Hutchinson defends ..."), "Published:
#    Wednesday | November 25, 2026 | 12:09 AM" line, "Name/Staff Reporter" byline, straight " and apostrophes,
#    "Dr" without a full stop, Jamaican Patois inside a quote, reporter's e-mail line. Lede "has rejected calls
#    for ... (act), insisting that A" (indirect); minister "said A and had B" (one span), quote with "he said",
#    then a quote-only paragraph; "According to data from the Ministry of Health and Wellness, A"; opposition
#    spokeswoman "said the minister had been "..." since ..." (partial only), quote with "Thame-Morris said",
#    "She said A" (a motion calling for a review: a reported plan); nurses' president "told The Gleaner that A
#    and that B", quote with "Grant said"; resident "said A", "she said"; epidemiologist "said A but would not
#    B" (one span), quote with "Lindo said"; CARPHA "said last week that A and that B"; scare so-called "search
#    and destroy" drive (in a directive, "has urged householders to join").
ARTICLES["data/eval/dev61/dengue-outbreak-hutchinson.gold.json"] = {
    "article": "data/eval/dev61/dengue-outbreak-hutchinson.txt",
    "target": "Garfield Hutchinson",
    "quotes": [
        (D, "Garfield Hutchinson", "We are not in crisis", "'We are not in crisis'"),
        (I, "Garfield Hutchinson", "the health system is coping despite more than 4,000 suspected cases this year", None),
        (I, "Garfield Hutchinson", "the ministry had deployed 300 additional vector control workers since September and "
            "had distributed more than 20,000 mosquito nets to households in the worst-affected parishes", None),
        (D, "Garfield Hutchinson", "We are not in crisis. We are in a difficult season, and we are responding to it the "
            "way a serious ministry responds,", None),
        (D, "Garfield Hutchinson", "Declaring an emergency is not a press release. It has consequences for tourism, for "
            "schools, for business, and I will not do it for the sake of a headline.", None),
        (I, "Ministry of Health and Wellness", "4,186 suspected, presumed and confirmed cases had been recorded up to "
            "November 21, with St Catherine, Kingston and St Andrew, and St James accounting for more than half", None),
        (P, "Andrea Thame-Morris", "asleep at the wheel", None),
        (D, "Andrea Thame-Morris", "Every parish has been begging for fogging since the rains started. The minister "
            "waited until children were dying before he found the money,", None),
        (I, "Andrea Thame-Morris", "the People's National Party would table a motion in the House of Representatives "
            "next week calling for an independent review of the response", None),
        (I, "Patsy-Ann Grant", "nurses at the Spanish Town Hospital were working 16-hour shifts and that some patients "
            "were being treated on chairs in the corridors", None),
        (D, "Patsy-Ann Grant", "Our members are exhausted. Nobody is saying the ministry is doing nothing, but you can't "
            "tell a nurse on her third double shift that this is not a crisis,", None),
        (I, "Marcia Blake", "the fogging truck had come to her community only once since August", None),
        (D, "Marcia Blake", "Dem come one time and gone. The gully behind us full of water and nobody come back,", None),
        (I, "Keon Lindo", "declaring an emergency would free up funds quickly but would not on its own reduce "
            "transmission", None),
        (D, "Keon Lindo", "The mosquito does not read Cabinet decisions. What matters is whether the breeding sites are "
            "cleared, and that depends on every household as much as on the minister,", None),
        (I, "Caribbean Public Health Agency", "dengue cases had risen across the region and that several territories "
            "were seeing a rise in the more severe serotype 3", None),
        (S, None, "search and destroy", None),
    ],
    "actors": [
        actor("Garfield Hutchinson", "person", title="Health and Wellness Minister", affiliation="Government of Jamaica",
              aliases=["Garfield Hutchinson", "Hutchinson", "minister"], stance=1),
        actor("Ministry of Health and Wellness", "government", affiliation="Government of Jamaica",
              aliases=["Ministry of Health and Wellness", "ministry"], stance=None),
        actor("Andrea Thame-Morris", "person", title="Opposition spokeswoman on health",
              affiliation="People's National Party", aliases=["Andrea Thame-Morris", "Thame-Morris"], stance=-1),
        actor("Patsy-Ann Grant", "person", title="President", affiliation="Nurses' Association of Jamaica (NAJ)",
              aliases=["Patsy-Ann Grant", "Grant"], stance=-1),
        actor("Marcia Blake", "person", title="Portmore resident, parent", aliases=["Marcia Blake", "Blake"], stance=-1),
        actor("Keon Lindo", "person", title="Professor, epidemiologist", affiliation="The University of the West Indies, Mona",
              aliases=["Keon Lindo", "Lindo"], stance=0),
        actor("Caribbean Public Health Agency", "organisation", title="regional public health agency",
              aliases=["Caribbean Public Health Agency", "CARPHA"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. STAT (US health/biotech news) business/science (a biotech pauses a gene therapy trial after a death),
#    headline without speech, byline and "Nov. 23, 2026" lines, curly double quotes and ’ apostrophes, American
#    punctuation inside closing marks, "Cambridge, Mass.", "38%". Lede content before ", the ... company said
#    Monday" (the writer's "sending its shares ..." is not included); content before ", the company said in a
#    filing"; "Velora said A and that B" (one span); CEO quote split by "said in an interview with STAT.";
#    "Sandvik said A" ("She would not speculate" is not annotated); neurologist quote with a nested ‘Here we go
#    again,’ (one direct for the outer speaker), split by "said Tomás Iglesias, a neurologist at ..."; FDA
#    spokesperson "said A" (indirect); patient group "said in a statement that the news was "..." for ..., but
#    that it would continue to support research into "..."" (two partials); analyst "wrote in a note to clients
#    that A and that the higher dose was now "..."" (indirect plus partial), quote with "Orenstein wrote";
#    content before "according to its most recent quarterly report" (the company's); trial participant's wife
#    "said A", "she said"; scare so-called "one-and-done" therapies.
ARTICLES["data/eval/dev61/velora-huntingtons-gene-therapy-pause.gold.json"] = {
    "article": "data/eval/dev61/velora-huntingtons-gene-therapy-pause.txt",
    "target": "Velora Bio",
    "quotes": [
        (I, "Velora Bio", "Velora Bio has paused dosing in its mid-stage trial of an experimental gene therapy for "
            "Huntington\u2019s disease after a patient died of liver failure", None),
        (I, "Velora Bio", "The patient, a man in his 50s who received the higher of two doses in September, died earlier "
            "this month at a hospital in Spain", None),
        (I, "Velora Bio", "it had informed the Food and Drug Administration and European regulators and that an "
            "independent data monitoring committee was reviewing the case", None),
        (D, "Ingrid Sandvik", "This is a devastating loss, and our thoughts are with the patient\u2019s family,", None),
        (D, "Ingrid Sandvik", "We owe it to them and to every other person in this study to understand exactly what "
            "happened before we dose anyone else.", None),
        (I, "Ingrid Sandvik", "the company had seen elevated liver enzymes in two other patients at the higher dose, both "
            "of whom recovered after treatment with steroids", None),
        (D, "Tom\u00e1s Iglesias", "Anyone who has followed the AAV space for the last five years is going to look at "
            "this and think, \u2018Here we go again,\u2019", None),
        (D, "Tom\u00e1s Iglesias", "The question now is whether it\u2019s the dose, the capsid, or something about this "
            "patient.", None),
        (I, "FDA spokesperson", "the agency does not comment on individual investigational products", None),
        (P, "Huntington\u2019s Disease Society of America", "heartbreaking", None),
        (P, "Huntington\u2019s Disease Society of America", "every credible approach.", None),
        (I, "Maya Orenstein", "the pause could delay the program by at least a year", None),
        (P, "Maya Orenstein", "likely dead.", None),
        (D, "Maya Orenstein", "We think the lower dose is still alive, but investors will need to see a lot more safety "
            "data before they pay for it again,", None),
        (I, "Velora Bio", "Velora went public in 2024 and had about $410 million in cash at the end of September", None),
        (I, "Karen Whitlow", "the family had been told by the trial site on Friday that his next scan would go ahead as "
            "planned", None),
        (D, "Karen Whitlow", "We went into this with our eyes open. I would still choose it again tomorrow,", None),
        (S, None, "one-and-done", None),
    ],
    "actors": [
        actor("Velora Bio", "organisation", title="biotech company",
              aliases=["Velora Bio", "Velora", "company"], stance=0),
        actor("Ingrid Sandvik", "person", title="chief executive", affiliation="Velora Bio",
              aliases=["Ingrid Sandvik", "Sandvik"], stance=1),
        actor("Tom\u00e1s Iglesias", "person", title="neurologist",
              affiliation="Hospital Universitario Virgen del Roc\u00edo, Seville",
              aliases=["Tom\u00e1s Iglesias", "Iglesias"], stance=-1),
        actor("FDA spokesperson", "person", title="spokesperson", affiliation="Food and Drug Administration",
              aliases=["FDA spokesperson"], stance=None),
        actor("Huntington\u2019s Disease Society of America", "organisation", title="patient group",
              aliases=["Huntington\u2019s Disease Society of America"], stance=0),
        actor("Maya Orenstein", "person", title="analyst", affiliation="Jefferies",
              aliases=["Maya Orenstein", "Orenstein"], stance=0),
        actor("Karen Whitlow", "person", title="wife of a trial participant", aliases=["Karen Whitlow", "Whitlow"],
              stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Daily Record (Scotland) sport (the SFA raises Hampden ticket prices), headline with a straight single
#    fragment "Tartan Army chiefs blast SFA 'greed' ...", deck without speech, byline, "Chief Football Writer",
#    "10:52, 27 Nov 2026", lede opening in capitals ("SCOTLAND fans"), " - " dash, "£40million", "per cent",
#    straight " and apostrophes. "The SFA yesterday unveiled its new prices" (not a speech verb); "The governing
#    body insists A"; scare so-called "Hampden 2030" masterplan; "the SFA said the new prices had been "..."
#    against ..." (partial only); association "accused the SFA of "..."" (partial), then "the association said:
#    "..."" (direct); CEO "defended the move" (act), "He said: "..."", then a quote with "he added"; "Leckie said
#    A and that B" (one span); supporters' body "said the rise came ... facing a "..." winter" (partial only);
#    fan "said A", "she said"; minister "said A but that B" (one span), "she said"; pundit "told Record Sport:
#    "..."" (direct). Not annotated: the fixture, the purchase of Hampden.
ARTICLES["data/eval/dev61/sfa-hampden-ticket-price-rise.gold.json"] = {
    "article": "data/eval/dev61/sfa-hampden-ticket-price-rise.txt",
    "target": "SFA",
    "quotes": [
        (P, "Association of Tartan Army Clubs", "greed", None),
        (I, "SFA", "the increase is needed to help pay for a \u00a340million refurbishment of the national stadium", None),
        (S, None, "Hampden 2030", None),
        (P, "SFA", "benchmarked", None),
        (P, "Association of Tartan Army Clubs", "treating loyal fans like cash machines", None),
        (D, "Association of Tartan Army Clubs", "Supporters have followed this team through thick and thin, home and "
            "away, at their own expense. This is how they are repaid.", None),
        (D, "Graham Leckie", "Nobody at this association takes a decision like this lightly. But parts of Hampden are "
            "more than 100 years old, and if we want a national stadium fit for the next generation, everybody has to "
            "play a part.", None),
        (D, "Graham Leckie", "Our prices will still be lower than those charged by England, Wales and the Republic of "
            "Ireland for equivalent matches,", None),
        (I, "Graham Leckie", "every under-16 ticket would stay at \u00a310 and that the SFA would hold back 2,000 seats a "
            "game at the old prices for members of official supporters' clubs", None),
        (P, "Scottish Football Supporters Association", "brutal", None),
        (I, "Morag Paterson", "she would be cutting back", None),
        (D, "Morag Paterson", "I'll go to the big ones, maybe. But \u00a3150 for me and my man, plus the train, plus a "
            "pie? No chance,", None),
        (I, "Kirsty McGarvey", "the SFA was an independent body but that she would raise the issue at her next meeting "
            "with its board", None),
        (D, "Kirsty McGarvey", "Fans are the lifeblood of the game and they deserve to be listened to,", None),
        (D, "Davie Lennox", "The fans have every right to be angry. But I've sat in that East Stand in February and it's "
            "a disgrace. If you want a better Hampden, somebody has to pay for it.", None),
    ],
    "actors": [
        actor("Association of Tartan Army Clubs", "organisation", title="supporters' clubs association",
              aliases=["Association of Tartan Army Clubs", "Tartan Army chiefs", "association"], stance=-1),
        actor("SFA", "organisation", title="Scottish Football Association, governing body",
              aliases=["SFA", "governing body"], stance=1),
        actor("Graham Leckie", "person", title="chief executive", affiliation="SFA",
              aliases=["Graham Leckie", "Leckie"], stance=1),
        actor("Scottish Football Supporters Association", "organisation", title="supporters' body",
              aliases=["Scottish Football Supporters Association"], stance=-1),
        actor("Morag Paterson", "person", title="fan, 58, Kilmarnock", aliases=["Morag Paterson", "Paterson"],
              stance=-1),
        actor("Kirsty McGarvey", "person", title="Sport Minister", affiliation="Scottish Government",
              aliases=["Kirsty McGarvey", "McGarvey"], stance=0),
        actor("Davie Lennox", "person", title="former Scotland midfielder, pundit", aliases=["Davie Lennox", "Lennox"],
              stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
