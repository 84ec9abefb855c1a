"""Build the dev192 gold files (data/eval/dev192/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev189/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev192/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev192.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev192"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Reporter (Ethiopia) labour (a garment factory strike in Hawassa Industrial Park), headline without
#    speech, byline and date lines, straight " and apostrophes, "birr", Ethiopian first-name convention
#    ("Tigist said", "Dawit said"); lede content before "according to workers" (group; "to demand ..." is
#    inside the content); "The workers ... say A" (present tense, same group); quote before "Tigist Alemu, a
#    24-year-old ..., told The Reporter"; "Tigist said A" (one span); union chair "said A", quote with "Dawit
#    said"; HR manager "said A and that a further increase was "..." because ..." (indirect plus partial only
#    for the second clause), quote with "Perera said", "He added that A"; IPDC "said in a statement ... that
#    it was "..." the situation and called on both sides ..." (partial only; the directive not annotated);
#    scare so-called "industrial park model"; CETU president "said A, and described pay levels ... as "..."";
#    economist "said A", quote with "he told The Reporter".
ARTICLES[f"{BATCH}/hawassa-tabor-garments-strike.gold.json"] = {
    "article": f"{BATCH}/hawassa-tabor-garments-strike.txt",
    "target": "Tabor Garments PLC",
    "quotes": [
        (I, "workers", "More than 2,000 workers at Tabor Garments PLC, one of the largest factories in the Hawassa "
            "Industrial Park, stopped work on Monday to demand a wage increase and a transport allowance", None),
        (I, "workers", "their salary of 3,200 birr a month no longer covers rent and food in Hawassa", None),
        (D, "Tigist Alemu", "We sew clothes that are sold in Europe for 40 dollars. We cannot buy injera for our "
            "children with what they pay us,", None),
        (I, "Tigist Alemu", "she shared a single room with three other workers and spent almost half of her salary on "
            "rent", None),
        (I, "Dawit Bekele", "management had refused to meet workers' representatives for three months", None),
        (D, "Dawit Bekele", "We did not want to strike. We wrote letters, we asked for meetings. The strike is the "
            "last thing we have,", None),
        (I, "Ruwan Perera", "the company had raised wages by 15 percent in July", None),
        (P, "Ruwan Perera", "not possible at this time", None),
        (D, "Ruwan Perera", "We are a business, not a charity, but we also want our workers to stay. If the orders "
            "come back, we will sit down with them,", None),
        (I, "Ruwan Perera", "the strike was illegal under the Labour Proclamation because the union had not gone "
            "through conciliation first", None),
        (P, "Industrial Parks Development Corporation", "closely following", None),
        (S, None, "industrial park model", None),
        (I, "Abebe Wolde", "Ethiopia was still one of the few garment-exporting countries without a national minimum "
            "wage", None),
        (P, "Abebe Wolde", "a shame for the country", None),
        (I, "Mulugeta Assefa", "factories in the parks were caught between rising local costs and buyers who were "
            "unwilling to pay more", None),
        (D, "Mulugeta Assefa", "Both sides have a point. The workers cannot live on these wages, and the factories "
            "cannot survive on these prices,", None),
    ],
    "actors": [
        actor("workers", "group", title="striking workers", affiliation="Tabor Garments PLC",
              aliases=["workers", "The workers"], stance=-1),
        actor("Tigist Alemu", "person", title="sewing machine operator, 24", affiliation="Tabor Garments PLC",
              aliases=["Tigist Alemu", "Tigist"], stance=-1),
        actor("Dawit Bekele", "person", title="basic trade union chairperson", affiliation="Tabor Garments PLC union",
              aliases=["Dawit Bekele", "Dawit"], stance=-1),
        actor("Ruwan Perera", "person", title="human resources manager", affiliation="Tabor Garments PLC",
              aliases=["Ruwan Perera", "Perera"], stance=1),
        actor("Industrial Parks Development Corporation", "government", title="state park developer",
              affiliation="Ethiopia", aliases=["Industrial Parks Development Corporation", "IPDC"], stance=0),
        actor("Abebe Wolde", "person", title="President", affiliation="Confederation of Ethiopian Trade Unions",
              aliases=["Abebe Wolde", "Abebe"], stance=-1),
        actor("Mulugeta Assefa", "person", title="economist", affiliation=None,
              aliases=["Mulugeta Assefa", "Mulugeta"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. New Age (Bangladesh) environment/courts (the High Court orders illegal brick kilns shut), headline without
#    speech, "Staff Correspondent | Published: 00:12, Dec 08,2026" line, curly single ‘ ’ for every quote with
#    ’ apostrophes (BELA’s, world’s), "Tk", "per cent"; the court "ordered ... to shut down ... (directive),
#    observing that the department had ‘...’ to enforce the law" (partial only); quote with "the bench
#    observed" (the court); BELA's lawyer "told New Age that A but B" (one span), quote with "she said"; scare
#    so-called ‘fixed chimney’ design; DoE director general "said A", quote with "he told New Age"; owners'
#    association "said A" (one span); its general secretary "said owners had applied for ‘...’ for cleaner
#    kilns that the DoE had ‘...’" (two partials); deputy attorney general "said A"; "According to the Centre for
#    Atmospheric Pollution Studies ..., A"; kiln worker "said A and did not know ..." (one span).
ARTICLES[f"{BATCH}/dhaka-illegal-brick-kilns-hc.gold.json"] = {
    "article": f"{BATCH}/dhaka-illegal-brick-kilns-hc.txt",
    "target": "Department of Environment",
    "quotes": [
        (P, "High Court", "failed miserably", None),
        (D, "High Court", "Year after year the department comes to this court with the same list of excuses while "
            "the people of Dhaka breathe poison,", None),
        (I, "Tahmina Karim", "the department had itself identified the kilns as illegal in 2024 but had taken action "
            "against fewer than 40 of them", None),
        (D, "Tahmina Karim", "The DoE does not need new laws. It needs the will to use the laws it already has,", None),
        (S, None, "fixed chimney", None),
        (I, "Abdul Hamid Mollah", "the department had conducted 312 mobile court drives in the current dry season and "
            "demolished 96 kilns", None),
        (D, "Abdul Hamid Mollah", "Many owners rebuild within weeks. We demolish, they come back. Without the help of "
            "the local administration and the police, we cannot win this fight alone,", None),
        (I, "Bangladesh Brick Manufacturing Owners Association", "the closures would put more than 50,000 workers out "
            "of work and cause a shortage of bricks for government projects", None),
        (P, "Md Abu Bakar Siddique", "hundreds of licences", None),
        (P, "Md Abu Bakar Siddique", "sat on for years", None),
        (I, "Shah Alam Sarkar", "the government would comply with the order and submit a compliance report to the "
            "court within 30 days", None),
        (I, "Centre for Atmospheric Pollution Studies", "brick kilns account for about 58 per cent of the fine "
            "particulate pollution in Dhaka during the dry season", None),
        (I, "Rahima Begum", "she earned Tk 600 a day moulding bricks and did not know what she would do if the kiln "
            "closed", None),
    ],
    "actors": [
        actor("High Court", "government", title="court (bench of Justice Farhana Rahman and Justice Md Kamrul Hasan)",
              affiliation="Bangladesh", aliases=["High Court", "HC", "the bench"], stance=-1),
        actor("Tahmina Karim", "person", title="advocate, lawyer for BELA",
              affiliation="Bangladesh Environmental Lawyers Association", aliases=["Tahmina Karim", "Karim"],
              stance=-1),
        actor("Abdul Hamid Mollah", "person", title="director general", affiliation="Department of Environment",
              aliases=["Abdul Hamid Mollah", "Mollah"], stance=1),
        actor("Bangladesh Brick Manufacturing Owners Association", "organisation", title="owners' association",
              affiliation="Bangladesh", aliases=["Bangladesh Brick Manufacturing Owners Association"], stance=None),
        actor("Md Abu Bakar Siddique", "person", title="general secretary",
              affiliation="Bangladesh Brick Manufacturing Owners Association",
              aliases=["Md Abu Bakar Siddique", "Siddique"], stance=-1),
        actor("Shah Alam Sarkar", "person", title="deputy attorney general", affiliation="Bangladesh government",
              aliases=["Shah Alam Sarkar", "Sarkar"], stance=None),
        actor("Centre for Atmospheric Pollution Studies", "organisation", title="research centre",
              affiliation="Stamford University Bangladesh", aliases=["Centre for Atmospheric Pollution Studies"],
              stance=None),
        actor("Rahima Begum", "person", title="kiln worker, 35", affiliation=None,
              aliases=["Rahima Begum", "Begum"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. CTK (Czech News Agency) wire, city politics (Prague wants to ban short-term rentals), headline without
#    speech, dateline "Prague, Dec 8 (CTK) -", straight " and apostrophes, Czech diacritics (Dvořáková,
#    Kovář, Malý, Živé centrum); lede content after the subject up to "..., Deputy Mayor for Housing Petra
#    Dvořáková told reporters on Monday" (content before the cue); quote with "Dvořáková said"; "According to
#    City Hall, A"; scare so-called "overtourism"; hosts' association "said the plan was "..." and would push
#    ..." (partial only); quote before "the association's chairman Martin Kovář told CTK"; Airbnb "said in a
#    statement sent to CTK that it supported "..." and was ready to share data ..., but that B" (partial plus
#    indirect); residents' initiative "welcomed the proposal (act) but said it came "..."" (partial);
#    opposition councillor "said A", "he said"; ministry spokeswoman "said A, and that B" (one span);
#    anonymous "source from the government coalition ... told CTK that A"; "Dvořáková said A", quote with "she
#    added"; content before "according to the Czech Statistical Office".
ARTICLES[f"{BATCH}/prague-short-term-rentals-ban.gold.json"] = {
    "article": f"{BATCH}/prague-short-term-rentals-ban.txt",
    "target": "Prague City Hall",
    "quotes": [
        (I, "Petra Dvořáková", "Prague City Hall will ask the government to let it ban short-term rentals of whole "
            "flats in the historic centre", None),
        (D, "Petra Dvořáková", "The centre of Prague is turning into one big hotel. We have streets where not a single "
            "permanent resident lives any more,", None),
        (I, "Prague City Hall", "about 11,000 flats in Prague 1 and Prague 2 are offered through platforms such as "
            "Airbnb, roughly one in four of all flats in the two districts", None),
        (S, None, "overtourism", None),
        (P, "Czech Association of Short-Term Rental Hosts", "populist", None),
        (D, "Martin Kovář", "Most of our members are ordinary families who rent out one flat to pay for their "
            "pension. City Hall is punishing them for a problem it created itself by failing to build housing,",
            None),
        (P, "Airbnb", "clear and proportionate rules", None),
        (I, "Airbnb", "a ban would hurt local hosts more than large operators", None),
        (P, "Živé centrum", "at least ten years too late", None),
        (I, "Ondřej Malý", "the plan would not survive in court", None),
        (D, "Ondřej Malý", "City Hall is promising something it cannot deliver. The constitution protects property, "
            "and the courts will say so,", None),
        (I, "Lucie Horáková", "the ministry was preparing an amendment to the tourism law that would give "
            "municipalities more powers, and that it would present it to the government in the spring", None),
        (I, "source from the government coalition", "the amendment was unlikely to include an outright ban", None),
        (I, "Petra Dvořáková", "City Hall would also offer owners who return their flats to long-term rental a "
            "contribution of up to 50,000 crowns towards renovation", None),
        (D, "Petra Dvořáková", "We are not against tourists. We are against empty houses,", None),
        (I, "Czech Statistical Office", "Prague 1 has lost about a quarter of its permanent residents since 2000",
            None),
    ],
    "actors": [
        actor("Petra Dvořáková", "person", title="Deputy Mayor for Housing", affiliation="Prague City Hall",
              aliases=["Petra Dvořáková", "Dvořáková"], stance=1),
        actor("Prague City Hall", "government", title="city government", affiliation="Prague",
              aliases=["Prague City Hall", "City Hall"], stance=0),
        actor("Czech Association of Short-Term Rental Hosts", "organisation", title="hosts' association",
              affiliation="Czech Republic", aliases=["Czech Association of Short-Term Rental Hosts"], stance=-1),
        actor("Martin Kovář", "person", title="chairman", affiliation="Czech Association of Short-Term Rental Hosts",
              aliases=["Martin Kovář", "Kovář"], stance=-1),
        actor("Airbnb", "organisation", title="short-term rental platform", affiliation=None, aliases=["Airbnb"],
              stance=-1),
        actor("Živé centrum", "group", title="residents' initiative (Living Centre)", affiliation="Prague",
              aliases=["Živé centrum", "Living Centre"], stance=0),
        actor("Ondřej Malý", "person", title="opposition city councillor", affiliation="ANO",
              aliases=["Ondřej Malý", "Malý"], stance=-1),
        actor("Lucie Horáková", "person", title="spokeswoman", affiliation="Ministry for Regional Development",
              aliases=["Lucie Horáková", "Horáková"], stance=0),
        actor("source from the government coalition", "person", title="source (anonymous)",
              affiliation="government coalition", aliases=["source from the government coalition"], stance=0),
        actor("Czech Statistical Office", "government", title="statistics office", affiliation="Czech Republic",
              aliases=["Czech Statistical Office"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Rest of World tech/labour feature (delivery riders say an app's pricing algorithm cuts their pay), headline
#    "riders say ..." without quote marks, standfirst without speech, byline and date lines, curly “ ” and ’, US
#    punctuation, present-tense "says"; mononym rider "Rudi says A", split quote "“...,” he told Rest of World.
#    “...”" (two directs, the second a new sentence after the attribution); relative-clause cue "Kilat, which says
#    it has ..." (indirect, the company); scare so-called “super apps”; "According to a survey ... by the
#    ... Institute for Digital Work, A"; director "said A", then a two-paragraph quote (the first paragraph open
#    at the end of its line), continuing her; Kilat's statement "said A and that riders ... were “...”" (indirect
#    plus partial only for the second clause); head of public affairs "told Rest of World that the company had
#    held “...” meetings" (partial only), quote with "Hartono said"; union "said it would hold a nationwide
#    “...” on Dec. 15 if ..." (partial only); quote before "said the union's chairman, Agus Setiawan"; ministry
#    "said A, and that B" (one span); "Analysts say A" (group); "Rudi says A", quote with "he said".
ARTICLES[f"{BATCH}/kilat-jakarta-rider-pay.gold.json"] = {
    "article": f"{BATCH}/kilat-jakarta-rider-pay.txt",
    "target": "Kilat",
    "quotes": [
        (I, "Rudi", "his daily earnings have fallen from about 250,000 rupiah to 170,000 since then", None),
        (D, "Rudi", "I work the same hours, I ride the same roads. The only thing that changed is the app,", None),
        (D, "Rudi", "Nobody can tell me how the price is calculated. Not even the office.", None),
        (I, "Kilat", "it has 1.4 million registered drivers across Indonesia", None),
        (S, None, "super apps", None),
        (I, "Institute for Digital Work", "78% had seen their income fall since the change", None),
        (I, "Ayu Lestari", "the problem was not only the level of pay but the lack of transparency", None),
        (D, "Ayu Lestari", "With a flat fee, a rider knew what a job was worth before accepting it. Now the app shows a "
            "number and you have seconds to decide. You can’t plan a day like that.", None),
        (D, "Ayu Lestari", "Riders are classified as partners, not employees, so there is no minimum wage and no one to "
            "negotiate with. The algorithm is the boss, and the algorithm doesn’t take meetings.", None),
        (I, "Kilat", "the new system had increased average earnings per hour by 6% across its network", None),
        (P, "Kilat", "earning more than ever.", None),
        (P, "Bima Hartono", "more than 200", None),
        (D, "Bima Hartono", "We hear the concerns, and we are adjusting. But averages don’t lie,", None),
        (P, "Online Drivers’ Union", "app-off", None),
        (D, "Agus Setiawan", "We are not against technology. We are against being treated like a number,", None),
        (I, "Ministry of Manpower", "it was drafting a regulation that would require platforms to explain how fares "
            "are calculated, and that it expected to issue it in the first half of 2027", None),
        (I, "Analysts", "the switch reflects pressure from investors to make the business profitable ahead of a "
            "planned stock market listing", None),
        (I, "Rudi", "he has started working for a rival app in the evenings", None),
        (D, "Rudi", "Loyalty doesn’t pay the rent,", None),
    ],
    "actors": [
        actor("Rudi", "person", title="delivery rider, 34", affiliation=None, aliases=["Rudi"], stance=-1),
        actor("Kilat", "organisation", title="super app (ride-hailing and delivery)", affiliation="Indonesia",
              aliases=["Kilat"], stance=1),
        actor("Institute for Digital Work", "organisation", title="research institute", affiliation="Jakarta",
              aliases=["Institute for Digital Work"], stance=-1),
        actor("Ayu Lestari", "person", title="director", affiliation="Institute for Digital Work",
              aliases=["Ayu Lestari", "Lestari"], stance=-1),
        actor("Bima Hartono", "person", title="head of public affairs", affiliation="Kilat",
              aliases=["Bima Hartono", "Hartono"], stance=1),
        actor("Online Drivers’ Union", "organisation", title="riders' union", affiliation="Indonesia",
              aliases=["Online Drivers’ Union"], stance=-1),
        actor("Agus Setiawan", "person", title="chairman", affiliation="Online Drivers’ Union",
              aliases=["Agus Setiawan", "Setiawan"], stance=-1),
        actor("Ministry of Manpower", "government", title="ministry", affiliation="Indonesia",
              aliases=["Ministry of Manpower"], stance=0),
        actor("Analysts", "group", title="analysts", affiliation=None, aliases=["Analysts"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
