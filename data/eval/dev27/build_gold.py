"""Build the dev27 gold files (data/eval/dev27/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev25/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev27/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev27.  Standard library only.
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
# 1. AP Latin America (protest blockade at Machu Picchu), "By NAME Associated Press", dateline
#    "CUSCO, Peru (AP) —", straight quotes and apostrophes (Peru's, We've, there's), punctuation
#    inside closing marks, Spanish double surnames (Rosa Quispe Mamani -> Quispe, Fabiola Cárdenas
#    Villanueva -> Cárdenas, Darwin Huamán Ccasa, Ignacio Ferrand Roca, Julia Paredes Loayza).
#    Headline and lede without speech. Group "Protesters say A" (present tense). Rail operator
#    "said it had suspended service after ..." (indirect; the appositive "also known as Aguas
#    Calientes" sits in the relative clause before the cue). Guide leader named after the first
#    stretch ("said X, who heads ..."), quote resumed. Minister "told RPP radio that A and that B"
#    (one span), "Cárdenas said" with two stretches, "Asked whether ..., she said: "..."". Ministry
#    statement "said it remained "..." and that A, which it described as "..."" (partial, indirect
#    stopping before ", which", partial). Scare "circuits,". Mayor "said in a video posted on
#    Facebook that A and that B" (one span), then "called on the government to send "..."" (a
#    directive; only the fragment, partial). Interior Ministry "said A but that B" (one span).
#    Tourist introduced in a speech-less sentence, then "she said" with two stretches. "did not
#    respond" not annotated; manager "told the newspaper El Comercio ... that A". Economist named
#    after a five-sentence quote.
ARTICLES["data/eval/dev27/peru-machu-picchu-ticketing-blockade.gold.json"] = {
    "article": "data/eval/dev27/peru-machu-picchu-ticketing-blockade.txt",
    "target": "Culture Ministry",
    "quotes": [
        (I, "Protesters", "the system, run by Lima-based Ruta Digital S.A.C. under a contract awarded by Peru's "
            "Culture Ministry in March, favors large travel agencies and leaves local guides and hotels without "
            "tickets to sell", None),
        (I, "PeruRail", "it had suspended service after protesters piled rocks and tree trunks on the tracks at "
            "two points near the town", None),
        (D, "Rosa Quispe Mamani", "We are not against order. We are against being erased from our own town,", None),
        (D, "Rosa Quispe Mamani", "A company in Lima now decides who enters Machu Picchu, and we find out on a "
            "website like everybody else.", None),
        (I, "Rosa Quispe Mamani", "the blockade would continue until Culture Minister Fabiola C\u00e1rdenas "
            "Villanueva came to the town in person", None),
        (I, "Fabiola C\u00e1rdenas Villanueva", "the contract had been awarded in a public tender and that the new "
            "system had ended years of ticket resale by middlemen", None),
        (D, "Fabiola C\u00e1rdenas Villanueva", "There were people buying 500 tickets at dawn and selling them at "
            "three times the price by noon,", None),
        (D, "Fabiola C\u00e1rdenas Villanueva", "That is what ended in March, and that is what some people miss.",
            None),
        (D, "Fabiola C\u00e1rdenas Villanueva", "We are studying a quota. But that quota is not going to be sold "
            "from a kiosk in Aguas Calientes.", None),
        (P, "Culture Ministry", "open to dialogue", None),
        (I, "Culture Ministry", "it would not suspend the platform", None),
        (P, "Culture Ministry", "irreversible.", None),
        (S, None, "circuits,", None),
        (I, "Darwin Huam\u00e1n Ccasa", "the town had not been consulted about the contract and that hotels had "
            "seen cancellations rise since April", None),
        (P, "Darwin Huam\u00e1n Ccasa", "someone with authority, not another police unit.", None),
        (I, "Interior Ministry", "about 200 police officers had been sent to Ollantaytambo but that there had been "
            "no clashes", None),
        (D, "Megan Hartley", "We've been planning this for two years,", None),
        (D, "Megan Hartley", "Nobody at the counter can tell us if there's a train tomorrow, or if our entry "
            "tickets for Thursday are still good.", None),
        (I, "Ignacio Ferrand Roca", "the platform had sold more than 400,000 tickets without a single fraud "
            "complaint", None),
        (D, "Julia Paredes Loayza", "The ministry has a point about the resellers, and nobody in Aguas Calientes "
            "likes to admit that. But this fight is not really about software. It is about who gets paid when "
            "someone flies halfway around the world to see Machu Picchu. For 20 years the answer was the town, and "
            "the ministry changed it without explaining it to anyone,", None),
    ],
    "actors": [
        actor("Protesters", "group", title="tour guides, vendors and residents of Machu Picchu Pueblo",
              aliases=["Protesters"], stance=-1),
        actor("PeruRail", "organisation", title="rail operator (Sacred Valley - Machu Picchu Pueblo)",
              aliases=["PeruRail"], stance=None),
        actor("Rosa Quispe Mamani", "person", title="head of the association of licensed guides",
              affiliation="Machu Picchu Pueblo", aliases=["Rosa Quispe Mamani", "Quispe"], stance=-1),
        actor("Fabiola C\u00e1rdenas Villanueva", "person", title="Culture Minister", affiliation="Peru",
              aliases=["Fabiola C\u00e1rdenas Villanueva", "C\u00e1rdenas"], stance=1),
        actor("Culture Ministry", "government", title="Peru's Culture Ministry", affiliation="Peru",
              aliases=["Culture Ministry", "the ministry", "The ministry"], stance=1),
        actor("Darwin Huam\u00e1n Ccasa", "person", title="mayor", affiliation="Machu Picchu (district)",
              aliases=["Darwin Huam\u00e1n Ccasa", "Huam\u00e1n"], stance=-1),
        actor("Interior Ministry", "government", affiliation="Peru", aliases=["Interior Ministry"], stance=None),
        actor("Megan Hartley", "person", title="tourist (34), nurse from Denver",
              aliases=["Megan Hartley", "Hartley"], stance=None),
        actor("Ignacio Ferrand Roca", "person", title="general manager", affiliation="Ruta Digital S.A.C.",
              aliases=["Ignacio Ferrand Roca", "Ferrand"], stance=1),
        actor("Julia Paredes Loayza", "person", title="tourism economist",
              affiliation="Pontifical Catholic University of Peru",
              aliases=["Julia Paredes Loayza", "Paredes"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Montreal Gazette (Quebec nurses' overtime sit-in), web layout with headline, deck, "Author of
#    the article:" and "Published" lines, blank lines between paragraphs, curly “ ” and ’, American
#    punctuation inside closing marks, French names and accents (Marie-Ève Thibodeau-Lacasse,
#    Geneviève Lapointe, Santé Québec, Université de Montréal); every quoted speaker is a woman, so
#    each "she" must be resolved from the sentence before. Headline and deck without speech.
#    Union "says it was ..." (present tense) and content before "according to the union".
#    Local president named after the first stretch, quote resumed. Scare “zero TSO” target.
#    Agency statement: partial plus indirect. Spokesperson "said A “...,” and that B" (partial
#    plus indirect). "The nurses tell a different story." not annotated; nurse "said A", then
#    "she said" with two stretches. Second nurse introduced in a speech-less sentence that also
#    names the first ("sat beside Beaulieu"), then "she said" (Ouellet). Minister's office "said in
#    an email that A “...” ... and that B" (partial plus indirect). Relative introduced without
#    speech, then "Haddad said". Professor introduced without speech, "Asked whether ..., she
#    replied: “...”" then "Caron-Roy said". Closing "said A" then a quote-only "she said" line.
ARTICLES["data/eval/dev27/terrebonne-nurses-overtime-sit-in.gold.json"] = {
    "article": "data/eval/dev27/terrebonne-nurses-overtime-sit-in.txt",
    "target": "Sant\u00e9 Qu\u00e9bec",
    "quotes": [
        (I, "F\u00e9d\u00e9ration interprofessionnelle de la sant\u00e9 du Qu\u00e9bec", "it was the largest "
            "collective refusal of its kind in Lanaudi\u00e8re since Sant\u00e9 Qu\u00e9bec took over the "
            "province\u2019s health network in December 2024", None),
        (I, "F\u00e9d\u00e9ration interprofessionnelle de la sant\u00e9 du Qu\u00e9bec", "The nurses had just "
            "finished evening shifts when managers ordered them, at about 11 p.m., to stay until 7 a.m. because the "
            "night team was short seven nurses", None),
        (D, "Marie-\u00c8ve Thibodeau-Lacasse", "Nobody walked out on a patient. Every one of those nurses stayed "
            "in the building and would have gone back upstairs in an emergency,", None),
        (D, "Marie-\u00c8ve Thibodeau-Lacasse", "What they refused was to be told, for the fourth time this month, "
            "that their evening ends at seven in the morning.", None),
        (S, None, "zero TSO", None),
        (P, "Sant\u00e9 Qu\u00e9bec", "never at risk", None),
        (I, "Sant\u00e9 Qu\u00e9bec", "managers, nurses from other floors and agency staff had covered the night",
            None),
        (P, "Genevi\u00e8ve Lapointe", "a last resort, not a management tool,", None),
        (I, "Genevi\u00e8ve Lapointe", "its use in the region had fallen by almost a third since last spring",
            None),
        (I, "Karine Beaulieu", "she had been kept for a second shift three times in February alone", None),
        (D, "Karine Beaulieu", "The last time, I drove home at eight in the morning and fell asleep at a red "
            "light,", None),
        (D, "Karine Beaulieu", "I\u2019m not proud of Sunday. But I\u2019m a lot less proud of that.", None),
        (D, "Nathalie Ouellet", "I trained half the nurses on that floor. Now I tell them to go to the private "
            "agencies, because that\u2019s where the hours are human,", None),
        (P, "health minister\u2019s office", "the routine use", None),
        (I, "health minister\u2019s office", "2,100 nurses had returned to the public network from private "
            "agencies since October", None),
        (D, "Lina Haddad", "I don\u2019t blame the nurses. I blame whoever designed a hospital that only works if "
            "nobody ever says no,", None),
        (D, "Isabelle Caron-Roy", "Could they? Yes. Would it be wise? I doubt anyone at Sant\u00e9 Qu\u00e9bec "
            "thinks so.", None),
        (D, "Isabelle Caron-Roy", "Sant\u00e9 Qu\u00e9bec is right that overtime is down. It is also true that "
            "the nurses who are left are exhausted, and exhausted nurses are why there is overtime in the first "
            "place,", None),
        (I, "Marie-\u00c8ve Thibodeau-Lacasse", "no further sit-in had been planned", None),
        (D, "Marie-\u00c8ve Thibodeau-Lacasse", "But nobody planned this one either,", None),
    ],
    "actors": [
        actor("F\u00e9d\u00e9ration interprofessionnelle de la sant\u00e9 du Qu\u00e9bec", "organisation",
              title="nurses' union", affiliation="Quebec",
              aliases=["F\u00e9d\u00e9ration interprofessionnelle de la sant\u00e9 du Qu\u00e9bec", "FIQ",
                       "the union"], stance=-1),
        actor("Marie-\u00c8ve Thibodeau-Lacasse", "person", title="president of the local union in Lanaudi\u00e8re",
              affiliation="FIQ", aliases=["Marie-\u00c8ve Thibodeau-Lacasse", "Thibodeau-Lacasse"], stance=-1),
        actor("Sant\u00e9 Qu\u00e9bec", "organisation", title="provincial agency running Quebec's health network",
              affiliation="Quebec", aliases=["Sant\u00e9 Qu\u00e9bec"], stance=1),
        actor("Genevi\u00e8ve Lapointe", "person", title="spokesperson in Lanaudi\u00e8re",
              affiliation="Sant\u00e9 Qu\u00e9bec", aliases=["Genevi\u00e8ve Lapointe", "Lapointe"], stance=1),
        actor("Karine Beaulieu", "person", title="intensive care nurse (29)",
              affiliation="H\u00f4pital de Terrebonne-Est", aliases=["Karine Beaulieu", "Beaulieu"], stance=-1),
        actor("Nathalie Ouellet", "person", title="nurse (54), 27 years at the hospital",
              affiliation="H\u00f4pital de Terrebonne-Est", aliases=["Nathalie Ouellet", "Ouellet"], stance=-1),
        actor("health minister\u2019s office", "government", title="office of Quebec's health minister",
              affiliation="Quebec government", aliases=["health minister\u2019s office"], stance=1),
        actor("Lina Haddad", "person", title="daughter of an emergency patient (81)",
              aliases=["Lina Haddad", "Haddad"], stance=-1),
        actor("Isabelle Caron-Roy", "person", title="professor of nursing", affiliation="Universit\u00e9 de "
              "Montr\u00e9al", aliases=["Isabelle Caron-Roy", "Caron-Roy"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. New York Times-style obituary, Title Case headline and deck without speech, byline and date
#    lines, curly “ ” and ’, American punctuation inside closing marks, honorifics (Mr. Verbeek,
#    Ms. Verbeek-Sato), shared surname (the daughter's double-barrelled Verbeek-Sato). Family
#    member "said the cause was ..." (indirect). Scare “towers in the park” model (a planning
#    term, "championed by Le Corbusier": not his words in the article). "that Mr. Verbeek called
#    “...”" (partial). Critic "Writing in the trade journal ..., X called the project “...”"
#    (partial). Old interview quote "he told The Plain Dealer in 1969" with two stretches.
#    Housing-authority director "said the buildings were “...” and that residents deserved “...”"
#    (two partials, no indirect). Letter "he wrote that the towers had been “...”" (partial only).
#    Former resident "said in a 2019 interview for this obituary that A" then "she said" with two
#    stretches. Former student "wrote on Instagram last week that A". Historian named after the
#    first stretch, her book title “Concrete Promises,” in the apposition (scare), quote resumed;
#    "Harold" inside her quote. Writer's reported question ("was asked whether ...") not annotated;
#    the answer "he said" with an elliptical second stretch. Daughter "said A" then a quote in
#    which she reports her father's words (hers).
ARTICLES["data/eval/dev27/harold-verbeek-architect-obituary.gold.json"] = {
    "article": "data/eval/dev27/harold-verbeek-architect-obituary.txt",
    "target": "Harold Verbeek",
    "quotes": [
        (I, "Claire Verbeek-Sato", "the cause was complications of pneumonia", None),
        (S, None, "towers in the park", None),
        (P, "Harold Verbeek", "front porches in the air.", None),
        (P, "Leonard Aske", "the most generous thing an American city has built for its poor since the public "
            "library.", None),
        (D, "Harold Verbeek", "The poor have always been given the leftovers of architecture,", None),
        (D, "Harold Verbeek", "I wanted to give them the view.", None),
        (P, "Raymond Szabo", "beyond saving", None),
        (P, "Raymond Szabo", "a front door on a street, like everybody else.", None),
        (P, "Harold Verbeek", "starved of maintenance for 30 years and then blamed for being hungry.", None),
        (I, "Dolores Pettiford", "her first decade there had been the happiest of her life", None),
        (D, "Dolores Pettiford", "The last ten years I wouldn\u2019t wish on anybody,", None),
        (D, "Dolores Pettiford", "Nobody blamed Mr. Verbeek for the elevators. But a building that only works "
            "when everything goes right is not a building for poor people.", None),
        (I, "Ayesha Rahman", "he had required every student in his studio to spend a night in a public housing "
            "project before drawing one", None),
        (D, "Naomi Feldstein", "Harold believed a building could do the work of a welfare state,", None),
        (S, None, "Concrete Promises,", None),
        (D, "Naomi Feldstein", "It can\u2019t. But the townhouses that replaced his towers haven\u2019t done that "
            "work either.", None),
        (D, "Harold Verbeek", "I would build them again tomorrow,", None),
        (D, "Harold Verbeek", "With better elevators.", None),
        (I, "Claire Verbeek-Sato", "her father had kept a brick from the north tower on his desk", None),
        (D, "Claire Verbeek-Sato", "He said it was the only piece of the building anyone ever let him keep,", None),
    ],
    "actors": [
        actor("Harold Verbeek", "person", title="architect (91) of Hough Park Homes, Cleveland; former professor",
              affiliation="University of Michigan (retired)",
              aliases=["Harold Verbeek", "Mr. Verbeek", "Verbeek", "Harold", "Hendrik Harold Verbeek"], stance=1),
        actor("Claire Verbeek-Sato", "person", title="Verbeek's daughter",
              aliases=["Claire Verbeek-Sato", "Ms. Verbeek-Sato", "Verbeek-Sato"], stance=1),
        actor("Leonard Aske", "person", title="critic", affiliation="Building Review (trade journal)",
              aliases=["Leonard Aske", "Aske"], stance=1),
        actor("Raymond Szabo", "person", title="executive director (2006)",
              affiliation="Cuyahoga Metropolitan Housing Authority", aliases=["Raymond Szabo", "Szabo"], stance=-1),
        actor("Dolores Pettiford", "person", title="former tenant (1971-1994) and tenants' association leader",
              affiliation="Hough Park Homes", aliases=["Dolores Pettiford", "Pettiford"], stance=0),
        actor("Ayesha Rahman", "person", title="Detroit architect, former student of Verbeek",
              aliases=["Ayesha Rahman", "Rahman"], stance=1),
        actor("Naomi Feldstein", "person", title="architectural historian",
              affiliation="Case Western Reserve University", aliases=["Naomi Feldstein", "Feldstein"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Nigerian daily (The PUNCH style, education), British spelling (centres), straight " in the
#    body and straight single '...' in the headline, straight apostrophes (board's), N for naira,
#    titles Dr, Mrs, Comrade, Hon., Dr (Mrs); "said, "..."" with a comma before the quote.
#    Headline "'We are not cheats,' candidates tell JAMB ..." (direct; the group the headline
#    names, although the words are Eze's in the body). Lede participial "citing "..."" (partial,
#    the board). "This was contained in a statement signed by ..." (no content); "The statement
#    read in part, "..."" (direct, the board: the statement speaks for it, not for the
#    spokesman who signed it). "The board added that A". Group "Some of the affected candidates,
#    who spoke with The PUNCH ..., said A". Candidate "said, "..."". Parent "said A", then "She
#    lamented, "..."" (direct). "Findings by The PUNCH showed that ..." (the paper's own
#    reporting, not annotated) with scare so-called "miracle centres" (punctuation outside).
#    Anonymous centre owner "said A" then "he said". Student leader "described the decision as
#    "..." and said A" (partial plus indirect), "He said, "..."". Spokesman by phone "said A.
#    He stated that B." (two indirect) then "he added". Committee chairman "said A" (the purpose
#    clause is kept). Consultant named after a three-sentence quote ("..., an Enugu-based
#    education consultant, Dr (Mrs) X, said.").
ARTICLES["data/eval/dev27/jamb-utme-results-withheld.gold.json"] = {
    "article": "data/eval/dev27/jamb-utme-results-withheld.txt",
    "target": "Joint Admissions and Matriculation Board",
    "quotes": [
        (D, "affected candidates", "We are not cheats,", None),
        (P, "Joint Admissions and Matriculation Board", "technical and conduct irregularities", None),
        (D, "Joint Admissions and Matriculation Board", "The board wishes to assure affected candidates that no "
            "innocent candidate will be punished. Results will be released centre by centre as investigations are "
            "concluded, and any candidate found to have been involved in malpractice will have his or her result "
            "cancelled.", None),
        (I, "Joint Admissions and Matriculation Board", "the affected centres had been suspended pending the "
            "outcome of its investigation", None),
        (I, "affected candidates", "they had checked the board's portal several times since Friday, only to find "
            "their results marked as withheld", None),
        (D, "Chinedu Eze", "I scored 281 in the mock examination. I have been preparing for this for two years. "
            "Now they are telling me I may have cheated because of the centre JAMB itself posted me to. We are not "
            "cheats.", None),
        (I, "Folake Adeniran", "she had spent over N60,000 on transport and accommodation to get her daughter to "
            "the centre", None),
        (D, "Folake Adeniran", "Nobody from JAMB has called us. We only read it on the Internet like everybody "
            "else. If the centre was bad, who approved the centre?", None),
        (S, None, "miracle centres", None),
        (I, "owner of one of the centres in Ikorodu", "his centre had done nothing wrong", None),
        (D, "owner of one of the centres in Ikorodu", "Our system logged everything. Where there were delays, it "
            "was their server, not our staff. We have been accredited since 2017 and nobody has ever queried us,",
            None),
        (P, "Yusuf Abdullahi", "collective punishment", None),
        (I, "Yusuf Abdullahi", "students would picket the board's offices across the country if the results were "
            "not released within 72 hours", None),
        (D, "Yusuf Abdullahi", "If JAMB has evidence against any candidate, let it publish the evidence. What it "
            "cannot do is hold 38,000 young people to ransom because of 14 centres it accredited by itself.", None),
        (I, "Adebayo Olatunji-Bello", "the board had acted on reports from its own monitors and on CCTV footage "
            "from the centres", None),
        (I, "Adebayo Olatunji-Bello", "the investigation would be concluded within two weeks", None),
        (D, "Adebayo Olatunji-Bello", "We are not punishing anybody. We are protecting the integrity of the "
            "examination, and the candidates who wrote honestly are the first people we are protecting,", None),
        (I, "Musa Danjuma Garba", "the committee would summon the board's management next week to explain the "
            "criteria used in withholding the results", None),
        (D, "Ngozi Umeh", "It is the same story every year. The board announces a crackdown, the candidates panic, "
            "and a few weeks later most of the results are quietly released. The real question is why these "
            "centres keep getting accredited in the first place,", None),
    ],
    "actors": [
        actor("affected candidates", "group", title="UTME candidates whose results were withheld",
              aliases=["affected candidates", "candidates"], stance=-1),
        actor("Joint Admissions and Matriculation Board", "organisation",
              title="federal examinations board (UTME)", affiliation="Nigeria",
              aliases=["Joint Admissions and Matriculation Board", "JAMB", "the board", "The board"], stance=1),
        actor("Chinedu Eze", "person", title="candidate (17), Ikorodu centre", aliases=["Chinedu Eze", "Eze"],
              stance=-1),
        actor("Folake Adeniran", "person", title="parent of a candidate (Sango-Ota, Ogun State)",
              aliases=["Folake Adeniran", "Adeniran"], stance=-1),
        actor("owner of one of the centres in Ikorodu", "person", title="CBT centre owner (anonymous)",
              aliases=["owner of one of the centres in Ikorodu"], stance=-1),
        actor("Yusuf Abdullahi", "person", title="Public Relations Officer",
              affiliation="National Association of Nigerian Students", aliases=["Yusuf Abdullahi", "Abdullahi"],
              stance=-1),
        actor("Adebayo Olatunji-Bello", "person", title="Head of Public Affairs and Protocol",
              affiliation="Joint Admissions and Matriculation Board",
              aliases=["Adebayo Olatunji-Bello", "Olatunji-Bello"], stance=1),
        actor("Musa Danjuma Garba", "person", title="Chairman, House Committee on Basic Examination Bodies",
              affiliation="House of Representatives (Nigeria)", aliases=["Musa Danjuma Garba", "Garba"], stance=0),
        actor("Ngozi Umeh", "person", title="education consultant (Enugu)", aliases=["Ngozi Umeh", "Umeh"],
              stance=-1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
