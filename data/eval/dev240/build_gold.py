"""Build the dev240 gold files (data/eval/dev240/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev233/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev240/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev240.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev240"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Hong Kong Free Press (Hong Kong) local government/heritage (tenants of a cooked food market told to leave before
#    demolition), headline without speech ("gov't"), "By ... | date" line, straight " and apostrophes, "HK$"; lede
#    "after the Food and Environmental Hygiene Department (FEHD) said A"; "In letters sent to ..., the department said
#    A"; "In a reply to HKFP ..., the department said the 1978 building had "..." and that B" (partial plus indirect);
#    content before "it said" containing a fragment ("Tenants would be offered stalls in a new market "...," it said":
#    the partial only); stall owner named after his quote ("said Chan Wing-kei, 63, who ..."), "Chan said A", "he said
#    in Cantonese"; diner "said places like Pei Ho Street were "..." in the district" (partial only), "she asked";
#    councillor "said he supported A but had asked the department to B" (one span), "Leung said"; group "said A and
#    urged ..." (indirect; the directive not annotated); convenor named after the quote ("the group's convenor, Sophia
#    Tam, said"); scare so-called "cooked food centre" model; "The FEHD said it would A"; "Chan said he would attend,
#    but that he did not expect much" (one span), "he said".
ARTICLES[f"{BATCH}/pei-ho-cooked-food-market-closure.gold.json"] = {
    "article": f"{BATCH}/pei-ho-cooked-food-market-closure.txt",
    "target": "Food and Environmental Hygiene Department",
    "quotes": [
        (I, "Food and Environmental Hygiene Department", "the building would be demolished to make way for a sports centre "
            "and public housing", None),
        (I, "Food and Environmental Hygiene Department", "their licences would not be renewed after June 30, 2027", None),
        (P, "Food and Environmental Hygiene Department", "reached the end of its serviceable life", None),
        (I, "Food and Environmental Hygiene Department", "repairing it would cost more than building a new facility", None),
        (P, "Food and Environmental Hygiene Department", "at a nearby location,", None),
        (D, "Chan Wing-kei", "No location has been given. No date has been given. How can we plan anything?", None),
        (I, "Chan Wing-kei", "he had paid HK$200,000 last year to renovate his kitchen after the department told tenants "
            "the building was safe", None),
        (D, "Chan Wing-kei", "They inspected the roof. They said it was fine. Then a year later, they say it is too old,",
            None),
        (P, "Lee Sau-ying", "the last affordable restaurants", None),
        (D, "Lee Sau-ying", "If they close this, where do old people go? To a shopping mall?", None),
        (I, "Leung Ka-chun", "he supported the redevelopment plan but had asked the department to guarantee that all "
            "tenants could move to the new market at the same rent", None),
        (D, "Leung Ka-chun", "Redevelopment is good for the district. But the people who fed this neighbourhood for 40 "
            "years should not be the ones who pay for it,", None),
        (I, "Kowloon Heritage Watch", "the market was one of only five standalone cooked food markets left in Kowloon",
            None),
        (D, "Sophia Tam", "The building itself is simple, but the way of life inside it is not simple at all. Once it is "
            "gone, you cannot rebuild it,", None),
        (S, None, "cooked food centre", None),
        (I, "Food and Environmental Hygiene Department", "it would hold a briefing session for tenants before the end of "
            "the year", None),
        (I, "Chan Wing-kei", "he would attend, but that he did not expect much", None),
        (D, "Chan Wing-kei", "Every time they call us to a meeting, the decision is already made,", None),
    ],
    "actors": [
        actor("Food and Environmental Hygiene Department", "government", title="government department",
              affiliation="Hong Kong government",
              aliases=["Food and Environmental Hygiene Department", "FEHD", "the department"], stance=1),
        actor("Chan Wing-kei", "person", title="noodle stall owner, 63", affiliation="Pei Ho Street Cooked Food Market",
              aliases=["Chan Wing-kei", "Chan"], stance=-1),
        actor("Lee Sau-ying", "person", title="retired teacher, regular diner", affiliation=None,
              aliases=["Lee Sau-ying", "Lee"], stance=-1),
        actor("Leung Ka-chun", "person", title="Sham Shui Po District Councillor", affiliation="Sham Shui Po District Council",
              aliases=["Leung Ka-chun", "Leung"], stance=0),
        actor("Kowloon Heritage Watch", "group", title="conservation group", affiliation="Kowloon",
              aliases=["Kowloon Heritage Watch", "the group"], stance=-1),
        actor("Sophia Tam", "person", title="convenor", affiliation="Kowloon Heritage Watch",
              aliases=["Sophia Tam", "Tam"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Sowetan (South Africa) labour/local government (a municipal strike leaves rubbish uncollected), headline and
#    standfirst without speech, byline and "Labour Reporter" lines, straight " and apostrophes, "5.4%", "R5bn"; "The
#    city, which has offered 3%, says A" (present tense); union secretary named after the first paragraph ("...,"
#    Samwu regional secretary ... told Sowetan at a picket ...), then an open paragraph and a closed quote-only
#    paragraph; "Ramatlhodi said A and that B" (one span); MMC "said A, including ..., and could not B" (one span),
#    "Swanepoel said"; scare so-called "no work, no pay" rule in the writer's sentence; "Swanepoel said A"; spokesperson
#    "said A"; resident named after her quote, "She said A", "Khumalo said"; group "Residents of Soshanguve Block L
#    said A, and that B" (one span); association "described the city's handling of the strike as "..." and said B"
#    (partial plus indirect); analyst "said A", "he said".
ARTICLES[f"{BATCH}/tshwane-municipal-workers-strike.gold.json"] = {
    "article": f"{BATCH}/tshwane-municipal-workers-strike.txt",
    "target": "City of Tshwane",
    "quotes": [
        (I, "City of Tshwane", "it cannot afford the increase", None),
        (D, "Mpho Ramatlhodi", "The city signed that agreement. Nobody forced them. Now they come and tell us the money is "
            "finished,", None),
        (D, "Mpho Ramatlhodi", "Our members are paying more for transport, more for food, more for electricity. Three "
            "percent is an insult.", None),
        (D, "Mpho Ramatlhodi", "We are not going back until the city honours what it signed.", None),
        (I, "Mpho Ramatlhodi", "the union had also asked the Labour Court to enforce the agreement and that the matter "
            "would be heard on December 12", None),
        (I, "Johan Swanepoel", "Tshwane had inherited debts of more than R5bn, including about R3bn owed to Eskom, and "
            "could not pay the full increase without cutting services", None),
        (D, "Johan Swanepoel", "We are not saying workers do not deserve an increase. We are saying the money is not there. "
            "If we pay 5.4%, we must close clinics or stop fixing roads,", None),
        (S, None, "no work, no pay", None),
        (I, "Johan Swanepoel", "those who had intimidated colleagues would face disciplinary action", None),
        (I, "Lerato Mokoena", "private contractors had been hired to clear rubbish at taxi ranks, hospitals and clinics",
            None),
        (D, "Nomsa Khumalo", "My children cannot play outside. The smell is terrible at night,", None),
        (I, "Nomsa Khumalo", "she blamed both sides", None),
        (D, "Nomsa Khumalo", "The workers want their money, the city says it has no money, and we are the ones living in "
            "the dirt,", None),
        (I, "Residents of Soshanguve Block L", "nobody from the city had told them when the trucks would return, and that "
            "they had started burning rubbish in an open field", None),
        (P, "Tshwane Ratepayers' Association", "a disgrace", None),
        (I, "Tshwane Ratepayers' Association", "ratepayers should not be charged for refuse removal for the months without "
            "collection", None),
        (I, "Thabo Mashego", "the dispute showed a pattern in struggling municipalities", None),
        (D, "Thabo Mashego", "Councils sign agreements they know they cannot fund because they want labour peace before an "
            "election. Then the bill comes,", None),
    ],
    "actors": [
        actor("City of Tshwane", "government", title="metropolitan municipality", affiliation="Gauteng",
              aliases=["City of Tshwane", "The city", "the city", "Tshwane"], stance=1),
        actor("Mpho Ramatlhodi", "person", title="regional secretary",
              affiliation="South African Municipal Workers' Union (Samwu)", aliases=["Mpho Ramatlhodi", "Ramatlhodi"],
              stance=-1),
        actor("Johan Swanepoel", "person", title="MMC for finance", affiliation="City of Tshwane",
              aliases=["Johan Swanepoel", "Swanepoel"], stance=1),
        actor("Lerato Mokoena", "person", title="city spokesperson", affiliation="City of Tshwane",
              aliases=["Lerato Mokoena", "Mokoena"], stance=1),
        actor("Nomsa Khumalo", "person", title="resident, mother of three, 38", affiliation="Mamelodi East",
              aliases=["Nomsa Khumalo", "Khumalo"], stance=0),
        actor("Residents of Soshanguve Block L", "group", title="residents", affiliation="Soshanguve",
              aliases=["Residents of Soshanguve Block L"], stance=-1),
        actor("Tshwane Ratepayers' Association", "organisation", title="ratepayers' association", affiliation="Tshwane",
              aliases=["Tshwane Ratepayers' Association"], stance=-1),
        actor("Thabo Mashego", "person", title="labour analyst", affiliation="University of Johannesburg",
              aliases=["Thabo Mashego", "Mashego", "Dr Thabo Mashego"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Korea Herald (South Korea) culture/entertainment law (a court lets a girl group work outside its agency),
#    headline without speech, "Published :" line, byline, straight " and apostrophes, "9 billion won", a song title
#    without quote marks; court "said there was "..." that A" (the fragment inside the clause: partial only), "In its
#    decision, the court noted that A", quote with "the court said"; agency "said in a statement that it "..." but would
#    appeal" (partial only: no second subject), quote with "the agency said"; lawyer "told The Korea Herald that the
#    four were "..." and would release ..." (partial only), quote with "Kang said" (a question without marks inside
#    the quote); the members' letter "saying they had been "..."" (participial, partial only); "According to industry
#    sources, A"; anonymous insider "who requested anonymity, said A", "the insider said"; scare so-called "slave
#    contracts"; critic "said A", "she said"; fan named after her quote; ministry "said in a statement that it would A".
ARTICLES[f"{BATCH}/luma-starlume-contract-injunction.gold.json"] = {
    "article": f"{BATCH}/luma-starlume-contract-injunction.txt",
    "target": "Starlume Entertainment",
    "quotes": [
        (P, "Seoul Central District Court", "sufficient reason to believe", None),
        (I, "Seoul Central District Court", "Starlume had failed to provide the members with detailed settlement statements "
            "for 14 months, as required under the contract", None),
        (D, "Seoul Central District Court", "The agency's explanation that the statements were delayed by a change of "
            "accounting system is difficult to accept for a period of this length,", None),
        (P, "Starlume Entertainment", "respects the court's decision", None),
        (D, "Starlume Entertainment", "We have invested more than 9 billion won in Luma since their debut and have "
            "fulfilled every obligation we have to the artists. We believe the full trial will show this,", None),
        (P, "Kang Min-seo", "relieved and grateful", None),
        (D, "Kang Min-seo", "For more than a year, they asked a simple question: Where is our money? Today the court said "
            "they were right to ask,", None),
        (P, "Luma", "treated like products, not people.", None),
        (I, "industry sources", "at least two other groups under Starlume are reviewing their contracts", None),
        (I, "industry insider", "the ruling would make agencies nervous", None),
        (D, "industry insider", "Every agency is now checking its settlement records. Nobody wants to be the next Starlume,",
            None),
        (S, None, "slave contracts", None),
        (I, "Lee Eun-hye", "the case reflected a wider shift in the industry, in which young artists were more willing to "
            "go to court", None),
        (D, "Lee Eun-hye", "Ten years ago, an idol who sued her agency was finished. Now the fans follow the artist, not the "
            "company,", None),
        (D, "Kim Ha-eun", "We waited all year for this. Luma deserves to be free,", None),
        (I, "Ministry of Culture, Sports and Tourism", "it would review the standard contract for entertainers next year, "
            "including rules on how often agencies must share settlement details with artists", None),
    ],
    "actors": [
        actor("Seoul Central District Court", "organisation", title="court", affiliation="Seoul",
              aliases=["Seoul Central District Court", "the court"], stance=-1),
        actor("Starlume Entertainment", "organisation", title="entertainment agency", affiliation="Seoul",
              aliases=["Starlume Entertainment", "Starlume", "the agency"], stance=1),
        actor("Kang Min-seo", "person", title="lawyer for the members", affiliation="Yulchon",
              aliases=["Kang Min-seo", "Kang"], stance=-1),
        actor("Luma", "group", title="girl group (the four members)", affiliation="Starlume Entertainment",
              aliases=["Luma", "the members"], stance=-1),
        actor("industry sources", "group", title="anonymous industry sources", affiliation=None,
              aliases=["industry sources"], stance=0),
        actor("industry insider", "person", title="anonymous industry insider", affiliation=None,
              aliases=["industry insider", "the insider"], stance=-1),
        actor("Lee Eun-hye", "person", title="culture critic", affiliation=None, aliases=["Lee Eun-hye", "Lee"], stance=0),
        actor("Kim Ha-eun", "person", title="fan, university student, 24", affiliation="Daegu",
              aliases=["Kim Ha-eun", "Kim"], stance=-1),
        actor("Ministry of Culture, Sports and Tourism", "government", title="ministry", affiliation="South Korea",
              aliases=["Ministry of Culture, Sports and Tourism"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Pacific Daily News (Guam) disaster (power restoration after a typhoon), headline without speech, byline and
#    "Pacific Daily News" lines, curly “ ” and ’, "60%", "140 mph"; lede content before "according to the power agency";
#    general manager "said A, and that B" (one span), quote with "Cruz said at a briefing", then a quote-only paragraph;
#    photo caption ending "(Rick Cruz/Pacific Daily News)" (a photographer sharing the manager's surname; not
#    annotated); group "Residents of Yigo and Dededo, where the agency says A, said B" (two indirects, the agency's
#    inside the group's sentence); resident named after his quote, "Mendiola said A"; mayor "said the agency had “...”
#    in its restoration plan and called for ..." (partial only; directive not annotated), quote split by "she said.";
#    spokesperson "rejected the claim, saying A and that B" (participial), "Aguon said"; commission "said in a statement
#    that it would A"; chairman "told the Pacific Daily News that burying lines ... would cost “...” and would need ..."
#    (partial only); scare so-called “hardening” program; waterworks "said A but that B" (one span); resident "said A",
#    "she said".
ARTICLES[f"{BATCH}/guam-typhoon-power-restoration-gpa.gold.json"] = {
    "article": f"{BATCH}/guam-typhoon-power-restoration-gpa.txt",
    "target": "Guam Power Authority",
    "quotes": [
        (I, "Guam Power Authority", "More than 60% of Guam Power Authority customers remained without electricity "
            "Wednesday, a week after Typhoon Halong crossed the island with sustained winds of 140 mph", None),
        (I, "Vincent Cruz", "crews had restored power to the Hagåtña hospital, the airport and the main water wells, and "
            "that about 80% of customers should be back on the grid by Dec. 24", None),
        (D, "Vincent Cruz", "We lost more than 1,200 poles. Some of the damage on the transmission lines in the north is "
            "worse than what we saw after Mawar,", None),
        (D, "Vincent Cruz", "I know people are tired and hot and angry. I am asking them to be patient with the line crews. "
            "Those men and women have not been home in a week.", None),
        (I, "Guam Power Authority", "full restoration could take until mid-January", None),
        (I, "Residents of Yigo and Dededo", "they had heard little from GPA about when their streets would be reached",
            None),
        (D, "Jesse Mendiola", "They give a date for the whole island. Nobody tells you when it is your village,", None),
        (I, "Jesse Mendiola", "he was spending about $40 a day on gasoline", None),
        (P, "Rita Quinata", "forgotten the north", None),
        (D, "Rita Quinata", "I respect the linemen. I do not respect a plan that puts us last again,", None),
        (D, "Rita Quinata", "We were last after Mawar too.", None),
        (I, "Kristina Aguon", "crews worked outward from the main substations and that northern lines depended on a "
            "transmission route that had to be rebuilt first", None),
        (D, "Kristina Aguon", "Nobody is being put last. It is engineering, not politics,", None),
        (I, "Consolidated Commission on Utilities", "it would review the agency’s storm preparations once power was "
            "restored, including whether more lines should be placed underground", None),
        (P, "Peter Leon Guerrero", "hundreds of millions", None),
        (S, None, "hardening", None),
        (I, "Guam Waterworks Authority", "water pressure had returned to normal in most villages but that customers in Yigo "
            "should continue to boil water", None),
        (I, "Lourdes Santos", "she had been sleeping in her car because it was the only place with air conditioning", None),
        (D, "Lourdes Santos", "I am diabetic. I need my insulin cold. My neighbor brought ice today, and that is how we "
            "survive,", None),
    ],
    "actors": [
        actor("Guam Power Authority", "organisation", title="power utility", affiliation="Guam",
              aliases=["Guam Power Authority", "GPA", "the power agency", "the agency"], stance=1),
        actor("Vincent Cruz", "person", title="General Manager", affiliation="Guam Power Authority",
              aliases=["Vincent Cruz", "Cruz"], stance=1),
        actor("Residents of Yigo and Dededo", "group", title="residents", affiliation="northern Guam",
              aliases=["Residents of Yigo and Dededo"], stance=-1),
        actor("Jesse Mendiola", "person", title="resident, 52", affiliation="Yigo",
              aliases=["Jesse Mendiola", "Mendiola"], stance=-1),
        actor("Rita Quinata", "person", title="Mayor of Yigo", affiliation="Yigo",
              aliases=["Rita Quinata", "Quinata", "Yigo Mayor Rita Quinata"], stance=-1),
        actor("Kristina Aguon", "person", title="GPA spokesperson", affiliation="Guam Power Authority",
              aliases=["Kristina Aguon", "Aguon"], stance=1),
        actor("Consolidated Commission on Utilities", "organisation", title="utility oversight board", affiliation="Guam",
              aliases=["Consolidated Commission on Utilities"], stance=0),
        actor("Peter Leon Guerrero", "person", title="chairman", affiliation="Consolidated Commission on Utilities",
              aliases=["Peter Leon Guerrero", "Leon Guerrero"], stance=None),
        actor("Guam Waterworks Authority", "organisation", title="water utility", affiliation="Guam",
              aliases=["Guam Waterworks Authority"], stance=None),
        actor("Lourdes Santos", "person", title="resident, 67", affiliation="Dededo",
              aliases=["Lourdes Santos", "Santos"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
