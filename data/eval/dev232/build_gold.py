"""Build the dev232 gold files (data/eval/dev232/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev225/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev232/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev232.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev232"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Republica / Myrepublica (Nepal) disaster (a flash flood on the Tamor River; the sirens fail), headline without
#    quote marks ("Locals say warning came too late"), byline in capitals, dateline "TAPLEJUNG, Aug 12:", straight " and
#    apostrophes, "Rs 200,000"; lede content before "according to the District Police Office, Taplejung"; group
#    "Survivors in Lungthung said A"; survivor named after his quote ("said Dal Bahadur Limbu, 52, who ..."); DHM "said
#    A and that B" (one span); spokesperson "told Republica that the authority had relayed the alert "..." but that B"
#    (partial plus indirect); Q&A "Asked whether ..., Khatiwada said: "...""; CDO "said A", split quote with "she said";
#    ward chair in an apposition "said A", "he said"; scare so-called "community-based early warning system" (glossed);
#    researcher "said A", "She described ... as "..."" (partial only); minister "said A and had directed ..." (one span,
#    one subject).
ARTICLES[f"{BATCH}/taplejung-tamor-flash-flood-sirens.gold.json"] = {
    "article": f"{BATCH}/taplejung-tamor-flash-flood-sirens.txt",
    "target": "National Disaster Risk Reduction and Management Authority",
    "quotes": [
        (I, "District Police Office, Taplejung", "At least 14 people have died and 23 others are missing after a flash "
            "flood swept through settlements along the Tamor River early Tuesday", None),
        (I, "Survivors in Lungthung", "the flood sirens installed along the river did not sound until water had already "
            "entered their houses", None),
        (D, "Dal Bahadur Limbu", "We heard the river before we heard the siren. By the time the siren started, my "
            "neighbour's house was already gone,", None),
        (I, "Department of Hydrology and Meteorology", "its sensors upstream had detected a sudden rise in the water level "
            "at 2:40 am and that an alert was sent to the National Disaster Risk Reduction and Management Authority "
            "(NDRRMA) and district authorities within 10 minutes", None),
        (P, "Bijay Raj Khatiwada", "without delay", None),
        (I, "Bijay Raj Khatiwada", "power cuts had disabled two of the four sirens in the area", None),
        (D, "Bijay Raj Khatiwada", "We are investigating what happened at each siren. If there was negligence, action "
            "will be taken.", None),
        (I, "Sita Kumari Pokharel", "rescue teams from the Nepal Army, Nepal Police and Armed Police Force had recovered "
            "14 bodies and rescued 38 people from the flooded settlements", None),
        (D, "Sita Kumari Pokharel", "Bad weather has stopped helicopters from flying since Tuesday afternoon,", None),
        (D, "Sita Kumari Pokharel", "We are sending teams on foot.", None),
        (I, "Tanka Bahadur Subba", "he had written to the authority twice this year to report that the sirens were not "
            "working", None),
        (D, "Tanka Bahadur Subba", "Nobody came to check them. Now people have died,", None),
        (S, None, "community-based early warning system", None),
        (I, "Anjali Shrestha", "the flood appeared to have been caused by a landslide that briefly dammed the river "
            "upstream, not by a glacial lake outburst", None),
        (P, "Anjali Shrestha", "only as good as their weakest link", None),
        (I, "Ramesh Prasad Adhikari", "the government would provide Rs 200,000 to the family of each person killed and "
            "had directed the NDRRMA to submit a report within seven days", None),
    ],
    "actors": [
        actor("District Police Office, Taplejung", "government", title="district police", affiliation="Nepal Police",
              aliases=["District Police Office, Taplejung", "District Police Office"], stance=None),
        actor("Survivors in Lungthung", "group", title="flood survivors", affiliation=None,
              aliases=["Survivors in Lungthung"], stance=-1),
        actor("Dal Bahadur Limbu", "person", title="survivor, 52", affiliation=None, aliases=["Dal Bahadur Limbu", "Limbu"],
              stance=-1),
        actor("Department of Hydrology and Meteorology", "government", title="hydrology and meteorology department",
              affiliation="Government of Nepal", aliases=["Department of Hydrology and Meteorology", "DHM"], stance=-1),
        actor("Bijay Raj Khatiwada", "person", title="NDRRMA spokesperson",
              affiliation="National Disaster Risk Reduction and Management Authority",
              aliases=["Bijay Raj Khatiwada", "Khatiwada"], stance=1),
        actor("Sita Kumari Pokharel", "person", title="Chief District Officer", affiliation="Taplejung district",
              aliases=["Sita Kumari Pokharel", "Pokharel"], stance=None),
        actor("Tanka Bahadur Subba", "person", title="chair of Ward 3", affiliation="Phaktanglung Rural Municipality",
              aliases=["Tanka Bahadur Subba", "Subba"], stance=-1),
        actor("Anjali Shrestha", "person", title="researcher",
              affiliation="International Centre for Integrated Mountain Development",
              aliases=["Anjali Shrestha", "Shrestha", "Dr Anjali Shrestha"], stance=0),
        actor("Ramesh Prasad Adhikari", "person", title="Home Minister", affiliation="Government of Nepal",
              aliases=["Ramesh Prasad Adhikari", "Adhikari"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Brazil Reports (English-language Brazil news site) sport (the sports court closes a club's stadium after crowd
#    violence), title-case headline without speech, byline and date lines, dateline "RIO DE JANEIRO, BRAZIL –", curly
#    “ ” and ’, "R$300,000", American punctuation inside closing marks; court "said A and that its security plan ...
#    was “...”" (indirect plus partial); president "called the punishment “...” and said B" (partial plus indirect),
#    quote split by "Albuquerque told reporters at ...". and continued; police "said A"; "..., according to the Military
#    Police" (content before the cue); mother "told Brazil Reports the club had not contacted the family" (no "that"),
#    "she said"; scare so-called “torcidas organizadas,” (glossed); supporters' group "said in a note on Instagram that
#    A and blamed “...” for ..." (indirect plus partial); coach "said A", "he said", then a quote-only paragraph; lawyer
#    "said A and that the penalty was “...” previous cases" (indirect plus partial); CBF "said it “...” in stadiums"
#    (partial only).
ARTICLES[f"{BATCH}/serrano-fc-closed-doors-stjd.gold.json"] = {
    "article": f"{BATCH}/serrano-fc-closed-doors-stjd.txt",
    "target": "Serrano Futebol Clube",
    "quotes": [
        (I, "Superior Court of Sports Justice", "the club had failed to prevent fans from throwing flares and bottles onto "
            "the pitch", None),
        (P, "Superior Court of Sports Justice", "manifestly insufficient.", None),
        (P, "Ricardo Albuquerque", "disproportionate", None),
        (I, "Ricardo Albuquerque", "the club would appeal to the STJD’s full court", None),
        (D, "Ricardo Albuquerque", "We are being punished for the actions of 30 criminals who do not represent our "
            "supporters,", None),
        (D, "Ricardo Albuquerque", "Serrano has 110 years of history. This is not who we are.", None),
        (I, "Military Police of Rio de Janeiro State", "11 people were arrested after the match, which was abandoned in "
            "the 71st minute with União leading 2-0", None),
        (I, "Military Police of Rio de Janeiro State", "A 16-year-old ball boy was hit in the head by a bottle and spent "
            "two nights in hospital", None),
        (I, "Luciana Ferreira", "the club had not contacted the family", None),
        (D, "Luciana Ferreira", "Nobody from Serrano called us. Not the president, not anybody. My son went there to pick "
            "up balls and came home with stitches,", None),
        (S, None, "torcidas organizadas,", None),
        (I, "Força Serrana", "its members had not been involved", None),
        (P, "Força Serrana", "infiltrators", None),
        (I, "Marcelo Tavares", "the closed-doors matches could cost the team promotion to Série A", None),
        (D, "Marcelo Tavares", "Our fans are our twelfth player. Without them, at home, we lose something,", None),
        (D, "Marcelo Tavares", "But I understand the decision. There was a child hurt.", None),
        (I, "Fernanda Lacerda", "the STJD had been tougher on crowd trouble this season", None),
        (P, "Fernanda Lacerda", "in line with", None),
        (P, "Brazilian Football Confederation", "repudiates all forms of violence", None),
    ],
    "actors": [
        actor("Superior Court of Sports Justice", "organisation", title="sports court (its ruling)", affiliation="Brazil",
              aliases=["Superior Court of Sports Justice", "STJD", "the court"], stance=-1),
        actor("Ricardo Albuquerque", "person", title="Serrano president", affiliation="Serrano Futebol Clube",
              aliases=["Ricardo Albuquerque", "Albuquerque"], stance=1),
        actor("Military Police of Rio de Janeiro State", "government", title="state police", affiliation="Rio de Janeiro",
              aliases=["Military Police of Rio de Janeiro State", "Military Police"], stance=None),
        actor("Luciana Ferreira", "person", title="mother of the injured ball boy", affiliation=None,
              aliases=["Luciana Ferreira", "Ferreira"], stance=-1),
        actor("Força Serrana", "group", title="organized supporters’ group", affiliation="Serrano Futebol Clube",
              aliases=["Força Serrana"], stance=None),
        actor("Marcelo Tavares", "person", title="Serrano coach", affiliation="Serrano Futebol Clube",
              aliases=["Marcelo Tavares", "Tavares"], stance=0),
        actor("Fernanda Lacerda", "person", title="sports lawyer", affiliation=None,
              aliases=["Fernanda Lacerda", "Lacerda"], stance=0),
        actor("Brazilian Football Confederation", "organisation", title="national football federation",
              affiliation="Brazil", aliases=["Brazilian Football Confederation", "CBF"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Hortidaily (horticulture trade press) energy policy (the Dutch cabinet phases out greenhouse growers' energy tax
#    discount), headline without speech, no byline, straight " and apostrophes, "euros", "percent"; association "says the decision could ..." (present tense);
#    finance ministry "said the discount, which ..., was "..." with ..." (partial only); chairman in an apposition after
#    his first stretch ("the association's chairman, Adri van der Knaap, told Hortidaily."), then the second stretch;
#    "He said growers had been given "..." because ..." (partial only); grower "said A", "she said"; ministry
#    spokesperson "said A, and that B" (one span); minister "told parliament last week: "...""; scare so-called
#    "gas-free greenhouse" target; economist "said A", "De Wit said"; MP "accused the cabinet of "..."" (partial);
#    "According to Statistics Netherlands (CBS), A"; "has asked for a meeting" (a request).
ARTICLES[f"{BATCH}/dutch-growers-energy-tax-discount.gold.json"] = {
    "article": f"{BATCH}/dutch-growers-energy-tax-discount.txt",
    "target": "Dutch cabinet",
    "quotes": [
        (I, "Glastuinbouw Nederland", "the decision could force hundreds of companies to close within five years", None),
        (P, "Ministry of Finance", "no longer compatible", None),
        (D, "Adri van der Knaap", "Nobody in this sector is against sustainability. We have invested billions in "
            "geothermal, in heat networks, in LED lighting,", None),
        (D, "Adri van der Knaap", "But you cannot take away the ground under our feet and expect us to keep walking.",
            None),
        (P, "Adri van der Knaap", "no realistic alternative", None),
        (I, "Marieke Zwinkels", "her energy bill would rise by about 600,000 euros a year under the new rate", None),
        (D, "Marieke Zwinkels", "We are a family company in the third generation. My father built these greenhouses. I "
            "don't know if my children will get the chance,", None),
        (I, "spokesperson for the Ministry of Climate and Green Growth", "the cabinet had set aside 150 million euros for "
            "a transition fund to help growers switch to electric boilers and heat pumps, and that the phase-out would be "
            "spread over four years", None),
        (D, "Sanne Verbeek", "The greenhouse sector is one of the most innovative in the world. I am confident it will "
            "find its way to a gas-free future, and we will help it get there.", None),
        (S, None, "gas-free greenhouse", None),
        (I, "Pieter de Wit", "the measure would hit smaller growers hardest", None),
        (D, "Pieter de Wit", "The big companies with geothermal wells will be fine. The five-hectare grower with an old "
            "gas boiler will not,", None),
        (P, "Henk Dijkhuizen", "sacrificing the Westland to meet targets set in Brussels", None),
        (I, "Statistics Netherlands", "greenhouse horticulture used about 7 percent of the country's natural gas in 2025, "
            "down from 10 percent a decade earlier", None),
    ],
    "actors": [
        actor("Glastuinbouw Nederland", "organisation", title="greenhouse growers' association", affiliation="Netherlands",
              aliases=["Glastuinbouw Nederland"], stance=-1),
        actor("Ministry of Finance", "government", title="finance ministry", affiliation="Dutch cabinet",
              aliases=["Ministry of Finance"], stance=1),
        actor("Adri van der Knaap", "person", title="chairman", affiliation="Glastuinbouw Nederland",
              aliases=["Adri van der Knaap", "van der Knaap"], stance=-1),
        actor("Marieke Zwinkels", "person", title="tomato grower, Monster", affiliation=None,
              aliases=["Marieke Zwinkels", "Zwinkels"], stance=-1),
        actor("spokesperson for the Ministry of Climate and Green Growth", "person", title="spokesperson",
              affiliation="Ministry of Climate and Green Growth",
              aliases=["spokesperson for the Ministry of Climate and Green Growth"], stance=1),
        actor("Sanne Verbeek", "person", title="Climate Minister", affiliation="Dutch cabinet",
              aliases=["Sanne Verbeek", "Verbeek"], stance=1),
        actor("Pieter de Wit", "person", title="sector economist", affiliation="ABN AMRO",
              aliases=["Pieter de Wit", "De Wit"], stance=0),
        actor("Henk Dijkhuizen", "person", title="member of parliament", affiliation="BBB",
              aliases=["Henk Dijkhuizen", "Dijkhuizen"], stance=-1),
        actor("Statistics Netherlands", "government", title="statistics office", affiliation="Netherlands",
              aliases=["Statistics Netherlands", "CBS"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Daily Star (Lebanon) health (a cancer drug shortage over the Health Ministry's unpaid bills), headline without
#    speech, dateline "BEIRUT:", curly “ ” and ’, "$62 million", American "tumor"; lede content before "doctors and
#    pharmacists said Tuesday" (one group actor); syndicate "said in a statement that A, and that B" (one span); its
#    head named after his quote ("syndicate head Karim Nassar told The Daily Star."); minister "said A and would pay
#    ..." (one span), then "At a news conference at the ministry, Sayegh said: "...""; anonymous official "said A";
#    "Nassar rejected the accusation as “baseless.”" (partial); Order of Pharmacists head "said pharmacies ... were
#    receiving “...” for ..." (partial only), "she said"; oncologist "said A", then a two-paragraph quote ("she said"
#    after the first; the second a quote-only paragraph); relative "said A"; scare so-called “MediTrack” system
#    (glossed), then group "Pharmacists say A" (present tense); "According to the World Health Organization, A".
ARTICLES[f"{BATCH}/lebanon-cancer-drug-shortage.gold.json"] = {
    "article": f"{BATCH}/lebanon-cancer-drug-shortage.txt",
    "target": "Health Ministry",
    "quotes": [
        (I, "doctors and pharmacists", "Patients with cancer across Lebanon are going weeks without chemotherapy because "
            "the Health Ministry has not paid importers for subsidized drugs", None),
        (I, "Syndicate of Pharmaceutical Importers", "the ministry owed its members $62 million for cancer medicines "
            "delivered since March, and that several foreign suppliers had stopped shipping until the arrears were paid",
            None),
        (D, "Karim Nassar", "We cannot keep importing medicine that the state does not pay for. Our members are not banks,",
            None),
        (I, "Walid Sayegh", "the ministry had transferred $20 million to importers last week and would pay the rest by the "
            "end of January", None),
        (D, "Walid Sayegh", "The problem is not the ministry’s will. The budget for subsidized medicine was cut by a third "
            "this year, and we are trying to do more with less.", None),
        (I, "official at the ministry", "the ministry suspected some importers of holding back stock to push for higher "
            "prices", None),
        (P, "Karim Nassar", "baseless.", None),
        (P, "Joumana Frem", "a handful of boxes a week", None),
        (D, "Joumana Frem", "Every morning there is a line of families at the door before we open. Most of them leave "
            "with nothing,", None),
        (I, "Hiba Moukarzel", "the delays were already harming patients", None),
        (D, "Hiba Moukarzel", "When you interrupt chemotherapy, you give the tumor time. Some of my patients have waited "
            "six weeks for a drug that should be given every three,", None),
        (D, "Hiba Moukarzel", "I have had to tell families to look for the medicine in Turkey or Syria. That is not "
            "medicine. That is a lottery, and the ministry knows it.", None),
        (I, "Ali Hamdan", "he paid $1,100 for a single dose bought by a relative in Istanbul", None),
        (S, None, "MediTrack", None),
        (I, "Pharmacists", "the system has cut smuggling but slowed deliveries", None),
        (I, "World Health Organization", "about 12,000 new cancer cases are diagnosed in Lebanon each year", None),
    ],
    "actors": [
        actor("doctors and pharmacists", "group", title="doctors and pharmacists", affiliation="Lebanon",
              aliases=["doctors and pharmacists"], stance=-1),
        actor("Syndicate of Pharmaceutical Importers", "organisation", title="importers' syndicate", affiliation="Lebanon",
              aliases=["Syndicate of Pharmaceutical Importers", "syndicate"], stance=-1),
        actor("Karim Nassar", "person", title="syndicate head", affiliation="Syndicate of Pharmaceutical Importers",
              aliases=["Karim Nassar", "Nassar"], stance=-1),
        actor("Walid Sayegh", "person", title="Health Minister", affiliation="Health Ministry",
              aliases=["Walid Sayegh", "Sayegh"], stance=1),
        actor("official at the ministry", "person", title="official (anonymous)", affiliation="Health Ministry",
              aliases=["official at the ministry"], stance=1),
        actor("Joumana Frem", "person", title="head", affiliation="Order of Pharmacists",
              aliases=["Joumana Frem", "Frem"], stance=-1),
        actor("Hiba Moukarzel", "person", title="oncologist", affiliation="American University of Beirut Medical Center",
              aliases=["Hiba Moukarzel", "Moukarzel", "Dr. Hiba Moukarzel"], stance=-1),
        actor("Ali Hamdan", "person", title="son of a cancer patient", affiliation=None, aliases=["Ali Hamdan", "Hamdan"],
              stance=None),
        actor("Pharmacists", "group", title="pharmacists", affiliation="Lebanon", aliases=["Pharmacists"], stance=0),
        actor("World Health Organization", "organisation", title="UN health agency", affiliation="United Nations",
              aliases=["World Health Organization"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
