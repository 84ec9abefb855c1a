"""Build the dev59 gold files (data/eval/dev59/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev58/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev59/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev59.  Standard library only.
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
# 1. Ahram Online (a Russian-built reactor vessel reaches Egypt's first nuclear plant), headline without
#    speech, "Ahram Online , Thursday 3 Dec 2026" line (space before the comma), straight " and
#    apostrophes, "per cent". Lede content before "Egypt's Nuclear Power Plants Authority (NPPA) said";
#    "The NPPA said in a statement that the ... vessel ... would be installed ... "..." and that B"
#    (partial plus indirect); minister "described the delivery as "..." in ..." (partial), quote with
#    "El-Sherif said", "The minister said A"; Rosatom's local head "told reporters A", "he said", "He added
#    that B"; ambassador "said the plant was the "..." of ..." (partial only), then "he said: "...""; group
#    "Some Egyptian economists have raised concerns" (act); economist "told Ahram Online A, but warned that
#    B" (two indirects), quote with "Fahmy said"; "According to the World Nuclear Association, A"; group
#    "said in a statement that A, which it described as "..."" (indirect plus partial); scare so-called
#    "Dabaa land" dispute. Not annotated: the loan terms, the IAEA missions, the programme's history.
ARTICLES["data/eval/dev59/el-dabaa-reactor-vessel-rosatom.gold.json"] = {
    "article": "data/eval/dev59/el-dabaa-reactor-vessel-rosatom.txt",
    "target": "Russia",
    "quotes": [
        (I, "Nuclear Power Plants Authority", "The reactor pressure vessel for the first unit of Egypt's El Dabaa nuclear "
            "power plant arrived at the site's port on the Mediterranean coast on Wednesday, after a three-week sea "
            "voyage from St Petersburg", None),
        (P, "Nuclear Power Plants Authority", "within weeks", None),
        (I, "Nuclear Power Plants Authority", "construction of all four units was proceeding according to the approved "
            "schedule", None),
        (P, "Hazem El-Sherif", "a historic milestone", None),
        (D, "Hazem El-Sherif", "El Dabaa is not only a power station. It is a school where thousands of Egyptian "
            "engineers and technicians are learning a new industry,", None),
        (I, "Hazem El-Sherif", "the first unit was expected to start supplying electricity to the national grid in 2028, "
            "with the other three units following at intervals of about a year", None),
        (I, "Sergei Dolgikh", "the project had not been affected by Western sanctions on Russia", None),
        (D, "Sergei Dolgikh", "Our partnership with Egypt is long-term and is based on mutual respect. No outside "
            "pressure will change that,", None),
        (I, "Sergei Dolgikh", "more than 25,000 workers, around 80 per cent of them Egyptian, were now employed at the "
            "site", None),
        (P, "Vladimir Kuzmin", "flagship", None),
        (D, "Vladimir Kuzmin", "What our two nations are building here will outlast all of us. It is the same spirit in "
            "which our fathers built the High Dam together.", None),
        (I, "Mona Fahmy", "the project made sense for energy security", None),
        (I, "Mona Fahmy", "repayments would begin before the plant earned significant revenue", None),
        (D, "Mona Fahmy", "The question is not whether we need nuclear power. The question is whether we negotiated the "
            "best terms, and we still do not have full transparency on that,", None),
        (I, "World Nuclear Association", "El Dabaa will be the second nuclear power plant in the Arab world, after the "
            "UAE's Barakah plant", None),
        (I, "Greenpeace Middle East and North Africa", "Egypt should instead invest more in solar and wind power", None),
        (P, "Greenpeace Middle East and North Africa", "cheaper, faster and safer", None),
        (S, None, "Dabaa land", None),
    ],
    "actors": [
        actor("Nuclear Power Plants Authority", "government", title="nuclear plant operator", affiliation="Egypt",
              aliases=["Nuclear Power Plants Authority", "NPPA"], stance=1),
        actor("Hazem El-Sherif", "person", title="Minister of Electricity and Renewable Energy", affiliation="Egypt",
              aliases=["Hazem El-Sherif", "El-Sherif"], stance=1),
        actor("Sergei Dolgikh", "person", title="head of Rosatom's construction subsidiary in Egypt",
              affiliation="Rosatom", aliases=["Sergei Dolgikh", "Dolgikh"], stance=1),
        actor("Vladimir Kuzmin", "person", title="Russian Ambassador to Egypt", affiliation="Russia",
              aliases=["Vladimir Kuzmin", "Kuzmin"], stance=1),
        actor("Mona Fahmy", "person", title="economist", affiliation="Cairo University",
              aliases=["Mona Fahmy", "Fahmy"], stance=0),
        actor("World Nuclear Association", "organisation", title="industry association",
              aliases=["World Nuclear Association"], stance=None),
        actor("Greenpeace Middle East and North Africa", "organisation", title="environmental group",
              aliases=["Greenpeace Middle East and North Africa"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Journal (Ireland) health (record trolley numbers at a hospital), headline with a straight single
#    fragment "... as INMO calls for 'emergency measures'" (a directive, the fragment still a partial),
#    standfirst without speech, "Updated 6.15pm, 2 Dec 2026" line, capitalised lede opening "A RECORD",
#    straight " and apostrophes, Irish names with fadas (Ní Bhriain, Dáil, RTÉ). Lede content before
#    "according to the Irish Nurses and Midwives Organisation (INMO)"; union "said the figure was "..." and
#    called for ..." (partial; directive not annotated); general secretary "said nurses ... were working in
#    conditions that were "..."" (partial only), then a quote with "she said" and a quote-only paragraph;
#    hospital "said it was experiencing "..." demand" (partial only), "It said A and that B", "The hospital
#    said A and that B" (one span each), then "the statement said"; CEO "told RTÉ's Morning Ireland ...
#    that A"; Q&A "Asked whether ..., he replied: "...""; minister "said she had asked the HSE for a "..."
#    to ..." (partial only); opposition spokesperson "said the Government had "..."", then "he said";
#    advocate "said A", then "she said"; HSE "said A and that B"; "According to the INMO, A"; scare
#    so-called "winter surge".
ARTICLES["data/eval/dev59/midlands-hospital-trolley-record.gold.json"] = {
    "article": "data/eval/dev59/midlands-hospital-trolley-record.txt",
    "target": "South Midlands University Hospital",
    "quotes": [
        (P, "Irish Nurses and Midwives Organisation", "emergency measures", "'emergency"),
        (I, "Irish Nurses and Midwives Organisation", "A RECORD 94 patients were waiting on trolleys at South Midlands "
            "University Hospital this morning", None),
        (P, "Irish Nurses and Midwives Organisation", "a new low for the health service", None),
        (P, "Fiona N\u00ed Bhriain", "simply unsafe", None),
        (D, "Fiona N\u00ed Bhriain", "Our members are caring for patients on chairs in corridors, with no privacy and no "
            "dignity. Some of those patients are in their nineties,", None),
        (D, "Fiona N\u00ed Bhriain", "This did not happen overnight. Management and the HSE have been warned about South "
            "Midlands for years.", None),
        (P, "South Midlands University Hospital", "exceptionally high", None),
        (I, "South Midlands University Hospital", "a significant number of those patients were elderly people with "
            "complex needs and that 41 patients who were medically fit for discharge could not leave because no "
            "nursing home or home care places were available", None),
        (I, "South Midlands University Hospital", "it had opened an additional 12-bed ward last week and that it was "
            "asking members of the public to consider alternatives such as GPs and injury units before attending the "
            "emergency department", None),
        (D, "South Midlands University Hospital", "We apologise to any patient who has experienced a long wait in our "
            "emergency department. Our staff are working extremely hard in very difficult circumstances,", None),
        (I, "Declan Moriarty", "a new 96-bed block would open next autumn", None),
        (D, "Declan Moriarty", "Every patient who comes to us is seen and assessed. I won't pretend the environment is "
            "what we want it to be.", None),
        (P, "Orla Keating", "detailed plan", None),
        (P, "P\u00e1raic Mac Lochlainn", "lost control", None),
        (D, "P\u00e1raic Mac Lochlainn", "The Minister comes in here every winter and tells us that this winter will be "
            "different. It never is,", None),
        (I, "Bridget Cullinane", "families had stopped expecting anything better", None),
        (D, "Bridget Cullinane", "You bring your mother in and you know she'll be in a corridor. That's what we've come "
            "to accept, and we shouldn't,", None),
        (I, "HSE", "it was aware of the pressures at the hospital and that a national winter plan, published in "
            "October, included funding for 300 extra home care packages in the region", None),
        (I, "Irish Nurses and Midwives Organisation", "612 patients were waiting on trolleys in hospitals across the "
            "country this morning", None),
        (S, None, "winter surge", None),
    ],
    "actors": [
        actor("Irish Nurses and Midwives Organisation", "organisation", title="nurses' union",
              aliases=["Irish Nurses and Midwives Organisation", "INMO"], stance=-1),
        actor("Fiona N\u00ed Bhriain", "person", title="general secretary",
              affiliation="Irish Nurses and Midwives Organisation",
              aliases=["Fiona N\u00ed Bhriain", "N\u00ed Bhriain"], stance=-1),
        actor("South Midlands University Hospital", "organisation", title="hospital",
              aliases=["South Midlands University Hospital", "South Midlands", "hospital"], stance=1),
        actor("Declan Moriarty", "person", title="chief executive", affiliation="South Midlands University Hospital",
              aliases=["Declan Moriarty", "Moriarty"], stance=1),
        actor("Orla Keating", "person", title="Health Minister", affiliation="Government of Ireland",
              aliases=["Orla Keating", "Keating", "Health Minister"], stance=0),
        actor("P\u00e1raic Mac Lochlainn", "person", title="health spokesperson", affiliation="Sinn F\u00e9in",
              aliases=["P\u00e1raic Mac Lochlainn", "Mac Lochlainn"], stance=None),
        actor("Bridget Cullinane", "person", title="Patient advocate", aliases=["Bridget Cullinane", "Cullinane"],
              stance=-1),
        actor("HSE", "government", title="Health Service Executive", aliases=["HSE"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Eastern Daily Press politics (an independent wins a county council by-election), headline and
#    standfirst without speech, byline, "Political Editor" and "December 4, 2026 10:45 am" lines, EDP
#    mix of British straight single quotes '...' for full quotes and straight " for fragments,
#    apostrophes inside single quotes (I'm, couldn't, child's) and outside (parents', Thetford's),
#    "27.4pc", "Mrs"/"Mr". Winner "said: '...` open at the end of its line and a closed paragraph, "She said
#    A"; scare so-called "blue wall"; runner-up "congratulated his opponent but said the result was "..."
#    for ..." (act; partial only), then "'...,' he said."; council leader "said in a statement that she
#    looked forward to ... and that the Conservatives remained "..." for Norfolk" (indirect plus partial);
#    Reform candidate "said Reform had "..." its vote ... and described ... win as a "..." based on ..."
#    (two partials); anonymous activist "said the party had been "..." about ..." (partial only); former
#    pupil "said A", then "she said"; fire service "as part of what it calls a "..." review" (partial), "The
#    service said A and that B" (one span). Not annotated: the vote counts, "He asked for the recount".
ARTICLES["data/eval/dev59/thetford-by-election-dorothy-fenn.gold.json"] = {
    "article": "data/eval/dev59/thetford-by-election-dorothy-fenn.txt",
    "target": "Dorothy Fenn",
    "quotes": [
        (S, None, "blue wall", None),
        (D, "Dorothy Fenn", "I'm still shaking. I knocked on more doors in six weeks than I did in 40 years of parents' "
            "evenings.", None),
        (D, "Dorothy Fenn", "People in Thetford feel forgotten by County Hall. I'm going to go there and make some noise "
            "on their behalf.", None),
        (I, "Dorothy Fenn", "her priorities would be the future of the town's fire station, which faces a cut in "
            "overnight cover, and the state of roads and pavements in the town's older estates", None),
        (P, "Gareth Pye", "a warning shot", None),
        (D, "Gareth Pye", "We have to listen. People are not happy with the way things are going, and they told us that "
            "tonight,", None),
        (I, "Kay Mason", "she looked forward to working with Mrs Fenn", None),
        (P, "Kay Mason", "the only party with a plan", None),
        (P, "Callum Brightwell", "more than doubled", None),
        (P, "Callum Brightwell", "one-off", None),
        (P, "One Conservative activist", "complacent", None),
        (I, "Jade Carter", "she had cried when the result was announced", None),
        (D, "Jade Carter", "She was strict, but she was fair, and she knew every child's name. Thetford couldn't have a "
            "better person speaking for it,", None),
        (P, "Norfolk Fire and Rescue Service", "risk-based", None),
        (I, "Norfolk Fire and Rescue Service", "no final decision had been taken and that the proposals were still out "
            "to consultation", None),
    ],
    "actors": [
        actor("Dorothy Fenn", "person", title="retired headteacher, independent councillor-elect",
              affiliation="Norfolk County Council", aliases=["Dorothy Fenn", "Fenn", "Mrs Fenn"], stance=1),
        actor("Gareth Pye", "person", title="Conservative candidate", affiliation="Conservatives",
              aliases=["Gareth Pye", "Pye", "Mr Pye"], stance=None),
        actor("Kay Mason", "person", title="Norfolk County Council leader", affiliation="Conservatives",
              aliases=["Kay Mason", "Mason"], stance=0),
        actor("Callum Brightwell", "person", title="Reform UK candidate", affiliation="Reform UK",
              aliases=["Callum Brightwell", "Brightwell", "Mr Brightwell"], stance=-1),
        actor("One Conservative activist", "person", title="anonymous Conservative activist",
              affiliation="Conservatives", aliases=["One Conservative activist"], stance=None),
        actor("Jade Carter", "person", title="former pupil, teacher", aliases=["Jade Carter", "Carter"], stance=1),
        actor("Norfolk Fire and Rescue Service", "organisation", title="fire service",
              aliases=["Norfolk Fire and Rescue Service"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Namibian labour (a uranium mine strike), headline without speech, byline in capitals, lede
#    "ABOUT 1 100 workers ..." (space as thousands separator, "N$18 000"), straight " and apostrophes.
#    Lede "demanding the reinstatement ..." (a directive); union branch "says A" (present tense); chair
#    named after the first stretch ("branch chairperson Johannes Shikongo told The Namibian yesterday"),
#    then a quote-only paragraph; "Shikongo said A and that B" (one span); HR manager "said the company had
#    replaced ... that would pay out "..."" (partial only), quote with "Van Wyk said", "She said the company
#    remained committed to dialogue and that its doors were "..." to the union" (indirect plus partial);
#    "According to Van Wyk, A"; anonymous worker "who asked not to be named ..., said A", then "he said";
#    minister "urged both parties ..." (directive), "said the government was "..." about ..." (partial
#    only), then "he said"; mayor "said A", then "she said"; content before "according to the Chamber of
#    Mines"; scare so-called "sustainability review". Not annotated: placards "demanding the return of the
#    bonus", the company's output and ownership.
ARTICLES["data/eval/dev59/kuiseb-uranium-strike-erongo.gold.json"] = {
    "article": "data/eval/dev59/kuiseb-uranium-strike-erongo.txt",
    "target": "Kuiseb Uranium",
    "quotes": [
        (I, "Mineworkers Union of Namibia", "the bonus, worth about N$18 000 per worker, made up a large part of many "
            "employees' income and was removed without proper consultation", None),
        (D, "Johannes Shikongo", "This company made record profits last year when uranium prices were high. Now that "
            "prices have come down a little, the first thing they cut is the workers' money,", None),
        (D, "Johannes Shikongo", "We are not asking for anything new. We are asking for what was ours.", None),
        (I, "Johannes Shikongo", "the strike was legal and that the union had followed all the procedures set out in the "
            "Labour Act, including a failed conciliation at the Office of the Labour Commissioner last month", None),
        (P, "Marlene van Wyk", "when the mine meets its targets", None),
        (D, "Marlene van Wyk", "We understand the workers' frustration. But the old bonus was paid regardless of how the "
            "mine performed, and that is not sustainable when the uranium price is under pressure,", None),
        (I, "Marlene van Wyk", "the company remained committed to dialogue", None),
        (P, "Marlene van Wyk", "always open", None),
        (I, "Marlene van Wyk", "production at the mine has been reduced to about 30% of normal capacity since the strike "
            "began, with contractors and management staff keeping essential operations running", None),
        (I, "One worker", "he had worked at the mine for 11 years", None),
        (D, "One worker", "I have three children in school. That bonus was their school fees. Without it, I don't know "
            "what I'm going to do in January,", None),
        (P, "Tjiuai Haufiku", "concerned", None),
        (D, "Tjiuai Haufiku", "Uranium is one of the pillars of our economy. We cannot afford a long strike, and neither "
            "can the workers or the company,", None),
        (I, "Selma Nghifitikeko", "local businesses were already feeling the effects of the strike", None),
        (D, "Selma Nghifitikeko", "When the mine sneezes, Arandis catches a cold. People are not buying anything because "
            "they don't know when they will be paid again,", None),
        (I, "Chamber of Mines", "Namibia is the world's third-largest producer of uranium, which accounts for about 10% "
            "of the country's export earnings", None),
        (S, None, "sustainability review", None),
    ],
    "actors": [
        actor("Mineworkers Union of Namibia", "organisation", title="union branch at the mine",
              aliases=["Mineworkers Union of Namibia", "MUN"], stance=-1),
        actor("Johannes Shikongo", "person", title="branch chairperson", affiliation="Mineworkers Union of Namibia",
              aliases=["Johannes Shikongo", "Shikongo"], stance=-1),
        actor("Marlene van Wyk", "person", title="general manager for human resources", affiliation="Kuiseb Uranium",
              aliases=["Marlene van Wyk", "Van Wyk"], stance=1),
        actor("One worker", "person", title="anonymous heavy-vehicle operator", affiliation="Kuiseb Uranium",
              aliases=["One worker"], stance=-1),
        actor("Tjiuai Haufiku", "person", title="Mines and energy minister", affiliation="Namibia",
              aliases=["Tjiuai Haufiku", "Haufiku"], stance=0),
        actor("Selma Nghifitikeko", "person", title="Arandis mayor", aliases=["Selma Nghifitikeko", "Nghifitikeko"],
              stance=None),
        actor("Chamber of Mines", "organisation", title="mining industry body", aliases=["Chamber of Mines"],
              stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
