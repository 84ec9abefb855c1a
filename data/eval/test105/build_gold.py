"""Build the test105 gold files (data/eval/test105/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test105/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test105.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test105"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Trade Arabia (a Russia-Bahrain wheat supply pact), straight quotes, MANAMA dateline.
ARTICLES[f"{BATCH}/russia-bahrain-wheat-pact.gold.json"] = {
    "article": f"{BATCH}/russia-bahrain-wheat-pact.txt",
    "target": "Russia",
    "quotes": [
        (I, "Russian Ministry of Agriculture", "Russia will supply Bahrain with up to 400,000 tonnes of wheat a year under "
            "a five-year agreement signed in Manama yesterday, and the two countries will study building a dedicated "
            "grain terminal at Khalifa Bin Salman Port", None),
        (D, "Maxim Titov", "Bahrain is a gateway to the Gulf market for Russian agriculture, and this agreement is only "
            "the beginning,", None),
        (P, "Maxim Titov", "fully competitive", None),
        (I, "Maxim Titov", "the first shipments could arrive as early as March", None),
        (P, "Adel Al Mannai", "strategic step", None),
        (D, "Adel Al Mannai", "We import almost all of our wheat. Diversifying our sources is not a political choice, it "
            "is a responsibility to our citizens,", None),
        (S, None, "grain diplomacy", None),
        (I, "Natalia Berezina", "the company planned to open a regional office in Bahrain in 2027", None),
        (P, "Yusuf Hasan", "very consistent", None),
        (I, "US Department of Agriculture", "Russia is the world's largest wheat exporter, shipping around 45 million "
            "tonnes in the 2025/26 season", None),
        (P, "Ukraine's foreign ministry", "stolen", None),
        (P, "Ukraine's foreign ministry", "accomplices", None),
        (P, "Igor Rudakov", "propaganda", None),
        (I, "Igor Rudakov", "all grain covered by the agreement would come from Russia's southern regions", None),
        (D, "Igor Rudakov", "Every shipment comes with certificates of origin. Anyone can check them,", None),
        (I, "Reem Haddad", "Gulf importers had been steadily increasing purchases of Russian wheat since 2023, drawn by "
            "discounts of up to $15 a tonne", None),
        (I, "Reem Haddad", "the terminal project, however, could struggle to find financing from Western banks wary of "
            "secondary sanctions", None),
        (D, "Reem Haddad", "It's a price story, not a geopolitics story. At least for now,", None),
        (I, "One Gulf grain trader", "several European marine insurers had already declined to cover Russian cargoes "
            "bound for the region this year", None),
    ],
    "actors": [
        actor("Russian Ministry of Agriculture", "government", title="ministry", affiliation="Russia",
              aliases=["Russian Ministry of Agriculture"], stance=1),
        actor("Maxim Titov", "person", title="Deputy Agriculture Minister", affiliation="Russia",
              aliases=["Maxim Titov", "Titov"], stance=1),
        actor("Adel Al Mannai", "person", title="Minister of Industry and Commerce", affiliation="Bahrain",
              aliases=["Adel Al Mannai", "Al Mannai"], stance=1),
        actor("Natalia Berezina", "person", title="chief executive", affiliation="Volga Grain Trading",
              aliases=["Natalia Berezina", "Berezina"], stance=1),
        actor("Yusuf Hasan", "person", title="chief executive", affiliation="Bahrain Flour Mills Company",
              aliases=["Yusuf Hasan", "Hasan"], stance=1),
        actor("US Department of Agriculture", "government", title="agriculture department", affiliation="United States",
              aliases=["US Department of Agriculture"], stance=None),
        actor("Ukraine's foreign ministry", "government", title="foreign ministry", affiliation="Ukraine",
              aliases=["Ukraine's foreign ministry"], stance=-1),
        actor("Igor Rudakov", "person", title="Russian Ambassador to Bahrain", affiliation="Russia",
              aliases=["Igor Rudakov", "Rudakov"], stance=1),
        actor("Reem Haddad", "person", title="commodities analyst", affiliation="Gulf Agri Insight",
              aliases=["Reem Haddad", "Haddad"], stance=0),
        actor("One Gulf grain trader", "person", title="grain trader (anonymous)",
              aliases=["One Gulf grain trader"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Sail-World (a Route du Rhum class winner loses the win to a jury penalty), straight quotes.
ARTICLES[f"{BATCH}/route-du-rhum-greenway-penalty.gold.json"] = {
    "article": f"{BATCH}/route-du-rhum-greenway-penalty.txt",
    "target": "Hattie Greenway",
    "quotes": [
        (I, "international jury", "Greenway had broken the seal in the Bay of Biscay on day three and had not reported "
            "it to race direction until she reached Guadeloupe", None),
        (P, "international jury", "immediately", None),
        (D, "Hattie Greenway", "I cut that seal because I had a fishing net wrapped around the shaft and I was going "
            "backwards into a gale. I never turned the engine on. Not once,", None),
        (D, "Hattie Greenway", "I wrote it in my log that night. I told them as soon as I could get a straight answer "
            "about who to tell. If that's four hours, then the rules are wrong, not me.", None),
        (I, "Rob Castle", "the team was considering a request for redress, and that the boat's engine hours meter would "
            "show it had not been used", None),
        (I, "Yann Kerbrat", "the jury had had no choice", None),
        (D, "Yann Kerbrat", "Everyone respects what Hattie did out there, and I include myself in that,", None),
        (D, "Yann Kerbrat", "But the rule is the rule, and every skipper signed up to it in Saint-Malo.", None),
        (D, "Aur\u00e9lien Masse", "Hattie sailed a better race than me. Everybody on the dock knows it,", None),
        (D, "Aur\u00e9lien Masse", "I will take the trophy, but I will not pretend I beat her on the water.", None),
        (I, "Aur\u00e9lien Masse", "he would have done the same thing with the net", None),
        (I, "Class40 Association", "it would review the wording of the seal rule before the 2027 season but that the "
            "jury had applied the current rules correctly", None),
        (S, None, "crowd-keel", None),
        (P, "Dave Fairweather", "the toughest sailor I ever worked with, by a mile", None),
        (I, "Hattie Greenway", "she would be back for the transatlantic Transat Jacques Vabre next year", None),
        (D, "Hattie Greenway", "I've got the boat, I've got the legs. Next time I'll just bring a sharper knife,", None),
    ],
    "actors": [
        actor("international jury", "organisation", title="race jury", affiliation="Route du Rhum",
              aliases=["international jury", "jury"], stance=-1),
        actor("Hattie Greenway", "person", title="skipper", affiliation="Wild Thyme (Class40)",
              aliases=["Hattie Greenway", "Greenway", "Hattie"], stance=1),
        actor("Rob Castle", "person", title="shore team manager", affiliation="Hattie Greenway",
              aliases=["Rob Castle", "Castle"], stance=1),
        actor("Yann Kerbrat", "person", title="race director", affiliation="Route du Rhum",
              aliases=["Yann Kerbrat", "Kerbrat"], stance=0),
        actor("Aur\u00e9lien Masse", "person", title="skipper", affiliation="Kerlouan (Class40)",
              aliases=["Aur\u00e9lien Masse", "Masse"], stance=1),
        actor("Class40 Association", "organisation", title="class association",
              aliases=["Class40 Association"], stance=0),
        actor("Dave Fairweather", "person", title="former coach",
              affiliation="Weymouth and Portland National Sailing Academy",
              aliases=["Dave Fairweather", "Fairweather"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Brandon Sun (a strike vote at a pork plant), straight quotes, "per cent".
ARTICLES[f"{BATCH}/prairie-pork-strike-vote-brandon.gold.json"] = {
    "article": f"{BATCH}/prairie-pork-strike-vote-brandon.txt",
    "target": "Prairie Pork Processors",
    "quotes": [
        (I, "United Food and Commercial Workers Local 832", "91 per cent of the roughly 1,900 members who cast ballots "
            "voted in favour of strike action, with turnout of 84 per cent", None),
        (S, None, "two-tier grid", None),
        (P, "Darla Kowalchuk", "a very loud message", None),
        (D, "Darla Kowalchuk", "These are people who stand on a cold floor for eight hours a day doing the same cut "
            "thousands of times. They are asking for a wage that keeps up with groceries and rent. That's it,", None),
        (D, "Darla Kowalchuk", "Nobody wants to walk out before Christmas. But if Prairie Pork won't move, our members "
            "have told us they are ready.", None),
        (P, "Graeme Oddie", "fair and among the best in the industry", None),
        (I, "Graeme Oddie", "the company remained committed to reaching a deal at the table and that it had asked for a "
            "provincial conciliation officer to join talks", None),
        (D, "Graeme Oddie", "We value every one of our employees, and we know how much this plant means to Brandon,",
            None),
        (D, "Graeme Oddie", "We want to get back to the table as soon as possible.", None),
        (I, "Oleksandr Hnatiuk", "he voted in favour of a strike for the first time in his life", None),
        (D, "Oleksandr Hnatiuk", "In Ukraine, I was an engineer. Here I cut pork, and I'm proud of it, but we need to "
            "be paid like people who do hard work,", None),
        (I, "Another worker", "the line had been sped up twice this year without extra staff", None),
        (I, "Dana Mitchell", "a strike would be felt across the city, from restaurants to landlords", None),
        (D, "Dana Mitchell", "I'd encourage both sides to stay at the table. This plant is the heart of a lot of "
            "families in Brandon,", None),
        (I, "spokesperson for Manitoba's labour minister", "the province was monitoring the situation and that "
            "conciliation services were available to both parties", None),
        (I, "United Food and Commercial Workers Local 832", "the plant processes about 80,000 hogs a week, roughly a "
            "quarter of all hogs slaughtered in Manitoba", None),
    ],
    "actors": [
        actor("United Food and Commercial Workers Local 832", "organisation", title="union",
              aliases=["United Food and Commercial Workers Local 832", "Local 832", "union"], stance=-1),
        actor("Darla Kowalchuk", "person", title="Local 832 president",
              affiliation="United Food and Commercial Workers Local 832",
              aliases=["Darla Kowalchuk", "Kowalchuk"], stance=-1),
        actor("Graeme Oddie", "person", title="vice-president of human resources", affiliation="Prairie Pork Processors",
              aliases=["Graeme Oddie", "Oddie"], stance=1),
        actor("Oleksandr Hnatiuk", "person", title="plant worker", affiliation="Prairie Pork Processors",
              aliases=["Oleksandr Hnatiuk", "Hnatiuk"], stance=-1),
        actor("Another worker", "person", title="plant worker (anonymous)", affiliation="Prairie Pork Processors",
              aliases=["Another worker"], stance=-1),
        actor("Dana Mitchell", "person", title="Mayor", affiliation="City of Brandon",
              aliases=["Dana Mitchell", "Mitchell"], stance=0),
        actor("spokesperson for Manitoba's labour minister", "person", title="spokesperson",
              affiliation="Government of Manitoba", aliases=["spokesperson for Manitoba's labour minister"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Healio (a USPSTF draft recommendation on child cholesterol screening), straight quotes, key takeaways.
ARTICLES[f"{BATCH}/uspstf-child-cholesterol-draft.gold.json"] = {
    "article": f"{BATCH}/uspstf-child-cholesterol-draft.txt",
    "target": "U.S. Preventive Services Task Force",
    "quotes": [
        (P, "U.S. Preventive Services Task Force", "substantially lower", None),
        (P, "Lorena Aguilar", "a real shift in the data", None),
        (D, "Lorena Aguilar", "We were waiting for outcomes, not just cholesterol numbers, and now we have them,", None),
        (D, "Lorena Aguilar", "Familial hypercholesterolemia affects about one in 250 children, and most of them don't "
            "know it.", None),
        (I, "U.S. Preventive Services Task Force", "only about one in five children in the target age group currently "
            "receives a lipid test", None),
        (P, "American Academy of Pediatrics", "gratified", None),
        (P, "Michael Okonkwo", "caught between two sets of guidance for far too long", None),
        (I, "Harold Stein", "the draft relied heavily on observational data and that there were still no randomized "
            "trials showing that screening healthy children prevents heart attacks decades later", None),
        (D, "Harold Stein", "I worry we will label thousands of kids who will never have a problem, and put some of "
            "them on statins at 10 years old,", None),
        (D, "Harold Stein", "That is a big decision to make on this evidence.", None),
        (I, "Anjali Rao", "the recommendation would make conversations with parents easier", None),
        (I, "Anjali Rao", "practices would need time and reimbursement to absorb the extra blood draws", None),
        (D, "Anjali Rao", "Parents trust the task force. When it says screen, they say yes,", None),
        (I, "U.S. Preventive Services Task Force", "it would accept public comments until Jan. 5, 2027", None),
    ],
    "actors": [
        actor("U.S. Preventive Services Task Force", "government", title="preventive services panel",
              affiliation="United States", aliases=["U.S. Preventive Services Task Force", "USPSTF", "task force"],
              stance=1),
        actor("Lorena Aguilar", "person", title="task force member; professor of pediatrics",
              affiliation="University of New Mexico", aliases=["Lorena Aguilar", "Aguilar"], stance=1),
        actor("American Academy of Pediatrics", "organisation", title="pediatricians' association",
              aliases=["American Academy of Pediatrics", "AAP"], stance=1),
        actor("Michael Okonkwo", "person", title="AAP president", affiliation="American Academy of Pediatrics",
              aliases=["Michael Okonkwo", "Okonkwo"], stance=1),
        actor("Harold Stein", "person", title="pediatric cardiologist", affiliation="children's hospital in Ohio",
              aliases=["Harold Stein", "Stein"], stance=-1),
        actor("Anjali Rao", "person", title="family physician", affiliation="Sacramento, California",
              aliases=["Anjali Rao", "Rao"], stance=1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
