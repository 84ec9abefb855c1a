"""Build the test170 gold files (data/eval/test170/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev225/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test170/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test170.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test170"

ARTICLES: dict[str, dict] = {}


# ---------------------------------------------------------------------------------------------
# 1. The Citizen (Tanzania) transport (rapid bus fares rise in Dar es Salaam), headline without speech, byline,
#    dateline "Dar es Salaam.", straight double quotes, "Sh"; agency "said in a notice on Monday that A, and that B" (one
#    span); chief executive named after his quote ("Dart chief executive Dr Athumani Kihamia told The Citizen"), "He
#    said A and that B" (one span); group "But passengers at the Kimara terminal said A"; nurse named after her quote,
#    then a quote-only paragraph; tailor "said A"; regulator "said A"; consumer society "described that hearing as
#    "..." and said B" (partial plus indirect); MP "said she would A", "she said"; operator "said on its social media
#    pages that A and that B" (one span); economist "said ... was "..." but warned that B" (partial plus indirect), "he
#    said"; scare so-called "mwendokasi" system (a nickname, in its own sentence); closing content before "according to
#    Dart".
ARTICLES[f"{BATCH}/dart-brt-fare-rise-kimara.gold.json"] = {
    "article": f"{BATCH}/dart-brt-fare-rise-kimara.txt",
    "target": "Dar Rapid Transit Agency",
    "quotes": [
        (I, "Dar Rapid Transit Agency", "the fare would rise from Sh750 to cover higher fuel and maintenance costs, and "
            "that students in uniform would continue to pay Sh200", None),
        (D, "Athumani Kihamia", "We held the fare for five years. Diesel alone has gone up by more than 40 percent since "
            "then,", None),
        (I, "Athumani Kihamia", "the agency would add 60 new buses to the route by December and that waiting times would "
            "fall once they arrived", None),
        (I, "passengers at the Kimara terminal", "the service had become worse, not better", None),
        (D, "Rehema Saidi", "You stand here one hour, you pay more, and then you stand inside the bus like a bag of "
            "cement,", None),
        (D, "Rehema Saidi", "If they want more money, let them give us more buses first.", None),
        (I, "Juma Mrisho", "he would go back to using daladala minibuses, which charge Sh600 for a similar trip", None),
        (I, "Land Transport Regulatory Authority", "it had endorsed the new fare after a public hearing in March", None),
        (P, "Consumer Advocacy Society of Tanzania", "a formality", None),
        (I, "Consumer Advocacy Society of Tanzania", "fewer than 50 people had attended", None),
        (I, "Neema Kambi", "she would raise the matter in Parliament", None),
        (D, "Neema Kambi", "Dart is a public service, not a business. The government spent billions building this road "
            "so that ordinary people could move,", None),
        (I, "UDA Rapid Transit", "it had no role in setting fares and that it would publish a new timetable next week",
            None),
        (P, "Hamisi Mfinanga", "overdue", None),
        (I, "Hamisi Mfinanga", "commuters would only accept it if the service improved", None),
        (D, "Hamisi Mfinanga", "The problem is not Sh1,000. The problem is paying Sh1,000 for a two-hour wait,", None),
        (S, None, "mwendokasi", None),
        (I, "Dar Rapid Transit Agency", "It carries about 200,000 passengers a day", None),
    ],
    "actors": [
        actor("Dar Rapid Transit Agency", "government", title="bus rapid transit agency", affiliation="Tanzania",
              aliases=["Dar Rapid Transit Agency", "Dart", "the agency"], stance=1),
        actor("Athumani Kihamia", "person", title="chief executive", affiliation="Dar Rapid Transit Agency",
              aliases=["Dr Athumani Kihamia", "Athumani Kihamia", "Kihamia"], stance=1),
        actor("passengers at the Kimara terminal", "group", title="commuters", affiliation=None,
              aliases=["passengers at the Kimara terminal"], stance=-1),
        actor("Rehema Saidi", "person", title="nurse, daily commuter", affiliation=None,
              aliases=["Ms Rehema Saidi", "Rehema Saidi", "Saidi"], stance=-1),
        actor("Juma Mrisho", "person", title="tailor in Kariakoo", affiliation=None,
              aliases=["Mr Juma Mrisho", "Juma Mrisho", "Mrisho"], stance=-1),
        actor("Land Transport Regulatory Authority", "government", title="transport regulator", affiliation="Tanzania",
              aliases=["Land Transport Regulatory Authority", "Latra"], stance=1),
        actor("Consumer Advocacy Society of Tanzania", "organisation", title="consumer group", affiliation="Tanzania",
              aliases=["Consumer Advocacy Society of Tanzania"], stance=-1),
        actor("Neema Kambi", "person", title="Ubungo MP", affiliation="Parliament of Tanzania",
              aliases=["Ms Neema Kambi", "Neema Kambi", "Kambi"], stance=-1),
        actor("UDA Rapid Transit", "organisation", title="bus operator", affiliation=None,
              aliases=["UDA Rapid Transit", "Udart"], stance=None),
        actor("Hamisi Mfinanga", "person", title="transport economist", affiliation="University of Dar es Salaam",
              aliases=["Prof Hamisi Mfinanga", "Hamisi Mfinanga", "Mfinanga"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Shropshire Star (UK) local democracy (a council plans to close a town's swimming pool), headline and standfirst
#    without speech, byline with "Local Democracy Reporter" line, British curly single quotes ‘ ’ with ’ apostrophes
#    inside (We’d, can’t, I’ve, It’s) and outside (council’s, pool’s); present-tense "Shropshire Council says
#    A"; cabinet member "said: ‘...", open at the end of its line, then a closed paragraph, "She said A"; campaign group
#    "said ... was ‘...’ for ..." (partial only); its chair "said: ‘...’", Q&A "Asked whether ..., he said: ‘...’";
#    town councillor "said A and had not B" (one span), "she said"; group "Swimmers at ... said A"; swimmer named after
#    her quote ("said 81-year-old Margaret Lloyd"); scare so-called ‘sustainable estate’ review; "A spokesperson for
#    Shropshire Council said A and that B" (one span); "Swim England said A"; caption "Picture: Shropshire Star".
ARTICLES[f"{BATCH}/oswestry-leisure-centre-closure.gold.json"] = {
    "article": f"{BATCH}/oswestry-leisure-centre-closure.txt",
    "target": "Shropshire Council",
    "quotes": [
        (I, "Shropshire Council", "repairs to its roof and boilers would cost £2.8 million", None),
        (D, "Helen Morley", "Nobody became a councillor to close swimming pools. But we have a legal duty to balance the "
            "budget, and this building is at the end of its working life.", None),
        (D, "Helen Morley", "We would rather put the money into the new pool at Shrewsbury, which families from Oswestry "
            "can use.", None),
        (I, "Helen Morley", "the council would offer free bus travel to Shrewsbury for school swimming lessons for at "
            "least two years", None),
        (P, "Save Oswestry Pool group", "simply not realistic", None),
        (D, "Gareth Pryce", "The council found money for a new car park in Shrewsbury last year. It can find money for the "
            "only pool in the north of the county.", None),
        (D, "Gareth Pryce", "We’d look at anything. But you can’t hand a community a building with a leaking roof and "
            "call it a gift.", None),
        (I, "Jean Adebayo", "the town council had offered £200,000 towards the repairs and had not yet received a reply",
            None),
        (D, "Jean Adebayo", "We are not asking Shropshire to do this alone,", None),
        (I, "Swimmers at the pool’s early-morning session", "they had heard about the plan on Facebook", None),
        (D, "Margaret Lloyd", "I’ve swum here every morning for 22 years. It’s what keeps my knees going,", None),
        (S, None, "sustainable estate", None),
        (I, "spokesperson for Shropshire Council", "no final decision had been made and that residents could respond to "
            "a consultation until 30 June", None),
        (I, "Swim England", "the county already had fewer pools per head of population than the national average",
            None),
    ],
    "actors": [
        actor("Shropshire Council", "government", title="county council", affiliation="Shropshire",
              aliases=["Shropshire Council", "the council", "Shropshire"], stance=1),
        actor("Helen Morley", "person", title="cabinet member for culture and leisure", affiliation="Shropshire Council",
              aliases=["Councillor Helen Morley", "Helen Morley", "Morley"], stance=1),
        actor("Save Oswestry Pool group", "group", title="campaign group", affiliation="Oswestry",
              aliases=["Save Oswestry Pool group", "Save Oswestry Pool"], stance=-1),
        actor("Gareth Pryce", "person", title="chair, retired PE teacher", affiliation="Save Oswestry Pool group",
              aliases=["Gareth Pryce", "Pryce"], stance=-1),
        actor("Jean Adebayo", "person", title="Oswestry town councillor", affiliation="Oswestry Town Council",
              aliases=["Jean Adebayo", "Adebayo"], stance=-1),
        actor("Swimmers at the pool’s early-morning session", "group", title="swimmers", affiliation=None,
              aliases=["Swimmers at the pool’s early-morning session"], stance=-1),
        actor("Margaret Lloyd", "person", title="swimmer, 81", affiliation=None, aliases=["Margaret Lloyd", "Lloyd"],
              stance=-1),
        actor("spokesperson for Shropshire Council", "person", title="spokesperson", affiliation="Shropshire Council",
              aliases=["spokesperson for Shropshire Council"], stance=0),
        actor("Swim England", "organisation", title="swimming's governing body", affiliation="England",
              aliases=["Swim England"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Khmer Times (Cambodia) health (dengue cases triple; the health ministry is accused of a slow response), headline with
#    a curly fragment "... health ministry is accused of “slow” response" (the accuser, named in the body, is the
#    speaker), curly “ ” and ’, Cambodian names (family name first: "Dr Sok"); lede content before "the Ministry of
#    Health said yesterday"; "In a statement, the ministry said A and that B" (one span); spokeswoman "said A", quote
#    with "she told Khmer Times", then a quote-only paragraph; group "Parents at the National Paediatric Hospital in
#    Phnom Penh said A"; parent named after her quote; lawmaker "accused the ministry of a “slow” response, saying A"
#    (partial plus indirect), "he said" (quote ends in a question); "Dr Sok rejected the criticism, saying A" (the
#    participle is annotated, "rejected" is not); anonymous doctor "..., who asked not to be named because ..., said A",
#    then "the doctor said"; WHO office "said A and that B" (one span); scare so-called “3 Ps” campaign (glossed);
#    entomologist "said A"; "According to the ministry’s figures, A"; caption with "KT/..." credit.
ARTICLES[f"{BATCH}/phnom-penh-dengue-cases-rise.gold.json"] = {
    "article": f"{BATCH}/phnom-penh-dengue-cases-rise.txt",
    "target": "Ministry of Health",
    "quotes": [
        (P, "Kong Vibol", "slow", "Dengue cases triple"),
        (I, "Ministry of Health", "Dengue fever cases in Cambodia have tripled compared with the same period last year, "
            "with 38 deaths recorded since January", None),
        (I, "Ministry of Health", "21,460 cases had been reported by the end of July and that more than 70 percent of the "
            "patients were children under 15", None),
        (I, "Sok Chanthou", "the rise was driven by heavy early rains and the spread of a dengue strain that many children "
            "had not been exposed to before", None),
        (D, "Sok Chanthou", "The ministry has distributed more than 120 tonnes of larvicide to the provinces since May, "
            "and our teams are spraying in every district where cases are rising,", None),
        (D, "Sok Chanthou", "But we cannot win this alone. Every family must empty the water jars and old tyres around "
            "their house once a week.", None),
        (I, "Parents at the National Paediatric Hospital in Phnom Penh", "children were sharing beds in the dengue ward",
            None),
        (D, "Chea Sreymom", "My son has been here four days. He sleeps with another boy in the same bed, and at night we "
            "sit on the floor,", None),
        (P, "Kong Vibol", "slow", "Opposition lawmaker"),
        (I, "Kong Vibol", "larvicide had arrived in some districts only in July", None),
        (D, "Kong Vibol", "The rains came in April. The ministry knew. Why did the villages wait three months?", None),
        (I, "Sok Chanthou", "distribution had begun in May in the 10 provinces with the highest number of cases", None),
        (I, "doctor at a provincial referral hospital in Kampong Cham", "his hospital had run out of intravenous fluids "
            "twice in July", None),
        (D, "doctor at a provincial referral hospital in Kampong Cham", "We borrow from the private clinics. Sometimes we "
            "buy with our own money,", None),
        (I, "World Health Organization (WHO) office in Cambodia", "dengue was rising across the region and that "
            "Cambodia’s surveillance system had detected the outbreak early", None),
        (S, None, "3 Ps", None),
        (I, "Heng Vuthy", "mosquitoes were now breeding in new water storage tanks installed during last year’s drought",
            None),
        (I, "Ministry of Health", "Kampong Cham, Siem Reap and Phnom Penh have the highest number of cases", None),
    ],
    "actors": [
        actor("Kong Vibol", "person", title="opposition lawmaker", affiliation="opposition",
              aliases=["Kong Vibol", "Kong"], stance=-1),
        actor("Ministry of Health", "government", title="health ministry", affiliation="Cambodia",
              aliases=["Ministry of Health", "health ministry", "the ministry"], stance=0),
        actor("Sok Chanthou", "person", title="ministry spokeswoman", affiliation="Ministry of Health",
              aliases=["Dr Sok Chanthou", "Sok Chanthou", "Dr Sok", "Sok"], stance=1),
        actor("Parents at the National Paediatric Hospital in Phnom Penh", "group", title="parents of patients",
              affiliation=None, aliases=["Parents at the National Paediatric Hospital in Phnom Penh"], stance=-1),
        actor("Chea Sreymom", "person", title="parent, 29, Kandal province", affiliation=None,
              aliases=["Chea Sreymom", "Chea"], stance=-1),
        actor("doctor at a provincial referral hospital in Kampong Cham", "person", title="doctor (anonymous)",
              affiliation=None, aliases=["doctor at a provincial referral hospital in Kampong Cham", "the doctor"],
              stance=-1),
        actor("World Health Organization (WHO) office in Cambodia", "organisation", title="WHO country office",
              affiliation="World Health Organization", aliases=["World Health Organization (WHO) office in Cambodia",
              "WHO"], stance=1),
        actor("Heng Vuthy", "person", title="entomologist", affiliation="Institut Pasteur du Cambodge",
              aliases=["Dr Heng Vuthy", "Heng Vuthy", "Heng"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Kaieteur News (Guyana) environment/disaster (diesel leaks into the Demerara River from a fuel terminal), headline
#    with a straight single fragment "Coastal Fuels says Demerara spill 'under control'", "Kaieteur News –" lede
#    opener, straight double quotes; company "said in a statement on Monday that ... had been "..." and that B" (partial
#    plus indirect); general manager "told Kaieteur News that A", quote with "Persaud said", "He said A"; agency "said A
#    and that B" (one span); its executive director "said A", "she said"; group "Fishermen at the Houston koker said A";
#    fisherman named after his quote ("asked Rajendra Singh", the quote ends in a question), then a quote-only paragraph
#    (his quote reports the company: "Coastal Fuels say ..."); "According to the Maritime Administration Department
#    (MARAD), A"; opposition MP "said A, and described ... as "..." for ..." (indirect plus partial); ministry "said A";
#    scare so-called "zero-spill policy"; group "Residents of Houston said A"; caption with credit.
ARTICLES[f"{BATCH}/demerara-river-diesel-spill.gold.json"] = {
    "article": f"{BATCH}/demerara-river-diesel-spill.txt",
    "target": "Coastal Fuels Inc.",
    "quotes": [
        (P, "Coastal Fuels Inc.", "under control", "Coastal Fuels says"),
        (P, "Coastal Fuels Inc.", "contained and under control", None),
        (I, "Coastal Fuels Inc.", "contractors had recovered most of the fuel from the water using booms and skimmers",
            None),
        (I, "Devendra Persaud", "a corroded valve on one of the tanks had failed during the night", None),
        (D, "Devendra Persaud", "We are not hiding from this. We reported the leak to the authorities ourselves within two "
            "hours and we will pay for every cent of the clean-up,", None),
        (I, "Devendra Persaud", "the company would also compensate fishermen who could show they had lost income", None),
        (I, "Environmental Protection Agency", "it had issued the company with a stop order and that no fuel could be "
            "loaded or discharged at the terminal until an inspection was completed", None),
        (I, "Vanessa Bholan", "the agency had also asked the company for its maintenance records for the past five years",
            None),
        (D, "Vanessa Bholan", "A valve does not corrode overnight. We want to know when that tank was last inspected, and "
            "by whom,", None),
        (I, "Fishermen at the Houston koker", "they had seen a sheen of fuel on the water as far as Eccles on Sunday",
            None),
        (D, "Rajendra Singh", "The fish smell like diesel. Nobody will buy them. Who will pay my boat loan this month?",
            None),
        (D, "Rajendra Singh", "Coastal Fuels say they will compensate. We heard that before, in 2019.", None),
        (I, "Maritime Administration Department", "river traffic near the terminal was restricted for 12 hours on "
            "Saturday", None),
        (I, "Sherlina Fredericks", "the spill showed the need for stronger penalties for polluters", None),
        (P, "Sherlina Fredericks", "pocket change", None),
        (I, "Ministry of Natural Resources", "it was monitoring the situation closely", None),
        (S, None, "zero-spill policy", None),
        (I, "Residents of Houston", "the smell of diesel was still strong in the area on Monday evening", None),
    ],
    "actors": [
        actor("Coastal Fuels Inc.", "organisation", title="fuel company (terminal at Houston)", affiliation="Guyana",
              aliases=["Coastal Fuels Inc.", "Coastal Fuels", "The company"], stance=1),
        actor("Devendra Persaud", "person", title="General Manager", affiliation="Coastal Fuels Inc.",
              aliases=["Devendra Persaud", "Persaud"], stance=1),
        actor("Environmental Protection Agency", "government", title="environmental regulator", affiliation="Guyana",
              aliases=["Environmental Protection Agency", "EPA"], stance=-1),
        actor("Vanessa Bholan", "person", title="Executive Director", affiliation="Environmental Protection Agency",
              aliases=["Dr. Vanessa Bholan", "Vanessa Bholan", "Bholan"], stance=-1),
        actor("Fishermen at the Houston koker", "group", title="fishermen", affiliation=None,
              aliases=["Fishermen at the Houston koker"], stance=-1),
        actor("Rajendra Singh", "person", title="fisherman", affiliation=None, aliases=["Rajendra Singh", "Singh"],
              stance=-1),
        actor("Maritime Administration Department", "government", title="maritime administration", affiliation="Guyana",
              aliases=["Maritime Administration Department", "MARAD"], stance=None),
        actor("Sherlina Fredericks", "person", title="Opposition Member of Parliament", affiliation="Opposition",
              aliases=["Sherlina Fredericks", "Fredericks"], stance=-1),
        actor("Ministry of Natural Resources", "government", title="ministry", affiliation="Government of Guyana",
              aliases=["Ministry of Natural Resources"], stance=0),
        actor("Residents of Houston", "group", title="residents", affiliation=None, aliases=["Residents of Houston"],
              stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
