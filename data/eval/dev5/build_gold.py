"""Build the dev5 gold files (data/eval/dev5/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev4/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev5/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev5.  Standard library only.
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
# 1. Reuters South African mining story, straight quotes. Lede content before "the company said".
#    "told reporters ... that ... "..." but that ...": partial plus indirect for the unquoted clause.
#    CEO and union leader named together in one sentence, then "he said of the union leader"
#    (Nkosi) and "Mahlangu was less generous. "..." he said. "He sees numbers ..."" (Mahlangu; the
#    quote's "He" is Nkosi). "Asked whether ..." not annotated, the answer is. Company statement
#    (partial plus indirect). Analyst "said A and that B" (one span), then "she said", "She warned
#    that". "drew an immediate response", "blaming a slump" not annotated. Scare "platinum belt".
#    "(Reporting by ...)" line not annotated.
ARTICLES["data/eval/dev5/kopano-platinum-job-cuts.gold.json"] = {
    "article": "data/eval/dev5/kopano-platinum-job-cuts.txt",
    "target": "Kopano Platinum",
    "quotes": [
        (I, "Kopano Platinum", "Kopano Platinum will cut about 4,000 jobs and close two shafts near Rustenburg by "
            "the end of the year", "JOHANNESBURG"),
        (P, "Thabo Nkosi", "the hardest of my career", None),
        (I, "Thabo Nkosi", "the company had run out of options", None),
        (D, "Thabo Nkosi", "We have been losing money on every ounce we bring out of the Siphumelele and Bokamoso "
            "shafts for 18 months. No board can let that continue,", None),
        (P, "Sipho Mahlangu", "a death sentence for Rustenburg", None),
        (I, "Sipho Mahlangu", "the union would ballot its members on a strike next week", None),
        (D, "Sipho Mahlangu", "He came with a spreadsheet. We came with the names of people who will lose their "
            "homes,", None),
        (P, "Kopano Platinum", "engage constructively", None),
        (I, "Kopano Platinum", "affected workers would receive counselling, severance pay of up to 18 months' "
            "wages and training support", None),
        (D, "Thabo Nkosi", "I have a lot of respect for him. But respect does not pay the electricity bill,", None),
        (D, "Sipho Mahlangu", "This is a man who has never been underground after dark,", None),
        (D, "Sipho Mahlangu", "He sees numbers. We see families.", None),
        (I, "Thabo Nkosi", "the closures were final", None),
        (D, "Thabo Nkosi", "We will not mothball them. Once the water comes in, it is over,", None),
        (S, None, "platinum belt", None),
        (I, "Lindiwe Mokoena", "the cuts were overdue and that investors had been expecting them since the "
            "company's half-year results", None),
        (D, "Lindiwe Mokoena", "Kopano has been carrying these two shafts for two years. The decision makes sense "
            "on paper, but on paper is not where mines are run,", None),
        (I, "Lindiwe Mokoena", "a long strike could wipe out most of the savings the company expected from the "
            "closures this year", None),
    ],
    "actors": [
        actor("Kopano Platinum", "organisation", title="platinum mining company",
              aliases=["Kopano Platinum", "Kopano", "the company"], stance=1),
        actor("Thabo Nkosi", "person", title="chief executive", affiliation="Kopano Platinum",
              aliases=["Thabo Nkosi", "Nkosi"], stance=1),
        actor("Sipho Mahlangu", "person", title="general secretary", affiliation="Bushveld Mineworkers Union",
              aliases=["Sipho Mahlangu", "Mahlangu", "the union leader"], stance=-1),
        actor("Lindiwe Mokoena", "person", title="mining analyst", affiliation="Tshwane Capital",
              aliases=["Lindiwe Mokoena", "Mokoena"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. AP European Parliament vote, curly quotes and apostrophes, punctuation inside closing marks.
#    Scare "forever chemicals," (so-called). Title before name (Environment Commissioner Lena
#    Forsberg), later "the commissioner said", "She added that", "Forsberg replied:" after a
#    reported question. "said Dutch MEP Sanne de Vries" (verb before name), later "De Vries said
#    A, and that B" (one span). "The Greens’ Pablo Ortiz ... welcomed the result but called ...":
#    welcomed is not annotated, the fragment is a partial. "accused the Commission of “...” and did
#    not say ...": partial only (negated speech). NGO "said ... “...” but warned that ...":
#    partial plus indirect; "the group said in a statement". The Commission's own statement:
#    partial plus indirect. "struck a conciliatory tone", "have signalled reservations" not speech.
ARTICLES["data/eval/dev5/eu-parliament-pfas-ban.gold.json"] = {
    "article": "data/eval/dev5/eu-parliament-pfas-ban.txt",
    "target": "European Commission",
    "quotes": [
        (S, None, "forever chemicals,", "so-called"),
        (I, "Lena Forsberg", "the ban would save European health systems billions of euros a year", None),
        (D, "Lena Forsberg", "These chemicals are in our water, in our blood and in the blood of babies who are not "
            "yet born. We know what they do, and we know how to replace them,", None),
        (D, "Sanne de Vries", "Today Parliament chose the health of 450 million people over the convenience of a "
            "few dozen manufacturers,", None),
        (I, "Sanne de Vries", "the vote had been closer than expected because of intense lobbying in the final "
            "weeks, and that several amendments to exempt industrial uses had failed by fewer than 20 votes", None),
        (P, "Pablo Ortiz", "far too generous to the polluters.", None),
        (D, "Pablo Ortiz", "Industry has known about this since the 1990s. Another five years is a gift,", None),
        (I, "Markus Albrecht", "the law would drive chemical production out of Europe and into China", None),
        (D, "Markus Albrecht", "We are not protecting anybody if the same frying pan is made in Shenzhen instead of "
            "Ludwigshafen,", None),
        (P, "Tomasz Nowicki", "regulating by panic", None),
        (P, "ChemSafe Europe", "a turning point", None),
        (I, "ChemSafe Europe", "loopholes for medical devices and firefighting foams could keep PFAS in use for "
            "decades", None),
        (D, "ChemSafe Europe", "The Commission wrote a strong law and Parliament mostly kept it strong. Now the "
            "governments have to not break it,", None),
        (D, "Lena Forsberg", "Nobody is asking a company in Lyon or Leverkusen to close its doors tomorrow. We are "
            "giving them six years, and we will help pay for the switch,", None),
        (I, "Lena Forsberg", "the Commission would publish a list of approved alternatives by the end of the year",
            None),
        (P, "European Commission", "sends a clear signal to the world", None),
        (I, "European Commission", "it would open talks with member states next month", None),
        (D, "Lena Forsberg", "It has to.", None),
    ],
    "actors": [
        actor("Lena Forsberg", "person", title="environment commissioner", affiliation="European Commission",
              aliases=["Lena Forsberg", "Forsberg", "the commissioner"], stance=1),
        actor("Sanne de Vries", "person", title="MEP (Netherlands), rapporteur", affiliation="European Parliament",
              aliases=["Sanne de Vries", "De Vries"], stance=1),
        actor("Pablo Ortiz", "person", title="MEP (Spain)", affiliation="Greens",
              aliases=["Pablo Ortiz", "Ortiz"], stance=0),
        actor("Markus Albrecht", "person", title="MEP (Germany)", affiliation="European People\u2019s Party",
              aliases=["Markus Albrecht", "Albrecht"], stance=-1),
        actor("Tomasz Nowicki", "person", title="MEP (Poland)",
              affiliation="European Conservatives and Reformists group",
              aliases=["Tomasz Nowicki", "Nowicki"], stance=-1),
        actor("ChemSafe Europe", "organisation", title="NGO coalition (Brussels)",
              aliases=["ChemSafe Europe", "the group"], stance=1),
        actor("European Commission", "organisation", title="EU executive",
              aliases=["European Commission", "the Commission", "Commission"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. AP sports doping ban, straight quotes with straight apostrophes (don't inside a quote).
#    Lede content before "Sport Integrity Ireland said Thursday"; "The agency said A, and that B"
#    (one span). Athlete "said A and would B" (one span). Agency spokesman Declan Murray is his
#    own actor: "Murray said A and that the agency had "no discretion" ...": indirect for A and
#    only the partial for the second clause. Three-paragraph Instagram quote introduced by a colon
#    (one direct entry per paragraph; the open paragraphs' spans run to the end of the line).
#    Coach introduced by a colon ("was blunt: "...""). "questioned whether" (reported question)
#    and "dismissed the suggestion" not annotated. Federation statement: partial plus indirect,
#    then "the federation said". Scare "whereabouts".
ARTICLES["data/eval/dev5/aoife-brennan-doping-ban.gold.json"] = {
    "article": "data/eval/dev5/aoife-brennan-doping-ban.txt",
    "target": "Sport Integrity Ireland",
    "quotes": [
        (I, "Sport Integrity Ireland", "Irish middle-distance runner Aoife Brennan has been banned from competition "
            "for four years after testing positive for the blood booster EPO", "DUBLIN"),
        (I, "Aoife Brennan", "she had never knowingly taken a banned substance and would appeal to the Court of "
            "Arbitration for Sport", None),
        (I, "Sport Integrity Ireland", "a sample collected during an out-of-competition test at her training base "
            "in Font-Romeu, France, in March had returned an adverse finding, and that analysis of a second sample "
            "confirmed the result", None),
        (D, "Declan Murray", "The evidence in this case was clear and it was tested at every stage. The athlete had "
            "every opportunity to explain it and did not,", None),
        (I, "Declan Murray", "the four-year sanction was the standard penalty for a first offense involving EPO",
            None),
        (P, "Declan Murray", "no discretion", None),
        (D, "Aoife Brennan", "I have never cheated. I have given 15 years of my life to this sport and I would never "
            "throw it away for a few seconds.", None),
        (D, "Aoife Brennan", "I do not know how this substance got into my body, but I know I did not put it there. "
            "My team and I are working with independent scientists to find out, and we will take every piece of "
            "evidence to CAS.", None),
        (D, "Aoife Brennan", "To the young girls who wrote to me this week: keep running, and keep believing in "
            "clean sport. I still do.", None),
        (D, "Liam Doherty", "I have coached Aoife since she was 14. If she is a cheat, then I am a fool, and I don't "
            "think I am a fool.", None),
        (I, "Liam Doherty", "the test had been carried out while Brennan was taking medication for a thyroid "
            "condition", None),
        (D, "Declan Murray", "The laboratory is accredited by the World Anti-Doping Agency and every step of the "
            "process was documented. We are confident in it,", None),
        (P, "Athletics Federation of Ireland", "respects the decision", None),
        (I, "Athletics Federation of Ireland", "Brennan had been removed from the team for the European "
            "championships in Rome in August", None),
        (D, "Athletics Federation of Ireland", "This is a sad day for Irish athletics. We will support any athlete "
            "through due process, but there can be no tolerance for doping,", None),
        (S, None, "whereabouts", None),
    ],
    "actors": [
        actor("Sport Integrity Ireland", "organisation", title="national anti-doping agency",
              aliases=["Sport Integrity Ireland", "The agency", "the agency"], stance=1),
        actor("Aoife Brennan", "person", title="middle-distance runner (27)",
              aliases=["Aoife Brennan", "Brennan", "Aoife"], stance=-1),
        actor("Declan Murray", "person", title="agency spokesman", affiliation="Sport Integrity Ireland",
              aliases=["Declan Murray", "Murray"], stance=1),
        actor("Liam Doherty", "person", title="coach", affiliation="Aoife Brennan",
              aliases=["Liam Doherty", "Doherty"], stance=-1),
        actor("Athletics Federation of Ireland", "organisation", title="national athletics federation",
              aliases=["Athletics Federation of Ireland", "the federation"], stance=1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
