"""Build the dev47 gold files (data/eval/dev47/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev44/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev47/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev47.  Standard library only.
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
# 1. Eurasianet (Central Asia) migration (Russia's tougher work-permit exam strands Tajik workers),
#    "Tajikistan:" headline and standfirst without speech, date line, no byline, curly “ ” and ’
#    apostrophes (Russia’s, country’s), American spelling ("laborers", "centers") and punctuation
#    inside closing marks. Scare “patent,” (the permit's name, glossed by the writer). Ministry "says
#    A" (present tense), then "said A and that the figure showed “...”" (indirect plus partial).
#    Migrant (first name only) named after his quote, then "Firdavs said A and that B" (one span).
#    "officials have chosen their words carefully" (not speech). Deputy minister "told journalists
#    ... that Tajikistan was “...” about ..." (partial only), then "she said". "according to the World
#    Bank". Duma deputy "wrote on Telegram that ... “...” had “...” working in Russia" (two partials),
#    then "he wrote". Hotline coordinator "said A", then "she said". Anonymous embassy official "said
#    A". Economist "said A", then "he said".
ARTICLES["data/eval/dev47/russia-migrant-exam-tajik-workers.gold.json"] = {
    "article": "data/eval/dev47/russia-migrant-exam-tajik-workers.txt",
    "target": "Russia",
    "quotes": [
        (S, None, "patent,", "a \u201cpatent,"),
        (I, "Russia\u2019s Interior Ministry", "the change was needed to stamp out a flourishing trade in fake "
            "certificates", None),
        (I, "Russia\u2019s Interior Ministry", "more than 40 percent of candidates had failed the new exam in its "
            "first two weeks", None),
        (P, "Russia\u2019s Interior Ministry", "how many people were previously working on bought papers.", None),
        (D, "Firdavs", "I have worked on construction sites in Moscow for nine years. I have never had a problem "
            "with the police. Now they ask me the year of some battle I have never heard of,", None),
        (I, "Firdavs", "the next available date at the center was in late January and that his current patent would "
            "expire on December 20", None),
        (P, "Zarina Nazarova", "in contact with Russian partners", None),
        (D, "Zarina Nazarova", "We respect the right of the Russian Federation to set its own rules. We ask only "
            "that our citizens are given a fair chance to meet them,", None),
        (I, "World Bank", "Remittances, most of them from Russia, were equivalent to about 40 percent of the "
            "country\u2019s GDP last year", None),
        (P, "Vladimir Kostyrin", "a basic exam", None),
        (P, "Vladimir Kostyrin", "no business", None),
        (D, "Vladimir Kostyrin", "Nobody is closing the door. We are simply asking people who want to live and work "
            "here to respect our language and our laws. That is normal in any country,", None),
        (I, "Gulnora Rakhimova", "calls to the service had tripled since November", None),
        (D, "Gulnora Rakhimova", "People call us crying. They have families to feed at home and they are being told "
            "to wait two months for an exam. Some of them will simply keep working without papers, and then the "
            "police will have them,", None),
        (I, "official at the Tajik Embassy in Moscow", "the embassy had received more than 3,000 requests for help "
            "since the start of November", None),
        (I, "Kubat Toktogulov", "the new system was likely to push more Tajik and Uzbek workers toward South Korea, "
            "Turkey and the Gulf states", None),
        (D, "Kubat Toktogulov", "Russia can make the exam as hard as it likes. But its construction sites and its "
            "warehouses will not fill themselves, and the people it turns away will not wait forever,", None),
    ],
    "actors": [
        actor("Russia\u2019s Interior Ministry", "government", title="interior ministry", affiliation="Russia",
              aliases=["Russia\u2019s Interior Ministry", "the ministry"], stance=1),
        actor("Firdavs", "person", title="migrant construction worker, 34, from the Khatlon region",
              aliases=["Firdavs"], stance=-1),
        actor("Zarina Nazarova", "person", title="Deputy Labor Minister", affiliation="Tajikistan",
              aliases=["Zarina Nazarova", "Nazarova"], stance=0),
        actor("World Bank", "organisation", title="remittance data", aliases=["World Bank"], stance=None),
        actor("Vladimir Kostyrin", "person", title="State Duma deputy (labor committee)", affiliation="United Russia",
              aliases=["Vladimir Kostyrin", "Kostyrin"], stance=1),
        actor("Gulnora Rakhimova", "person", title="runs a legal aid hotline for Central Asian migrants (Moscow)",
              aliases=["Gulnora Rakhimova", "Rakhimova"], stance=-1),
        actor("official at the Tajik Embassy in Moscow", "person", title="anonymous embassy official",
              affiliation="Tajik Embassy in Moscow", aliases=["official at the Tajik Embassy in Moscow"], stance=None),
        actor("Kubat Toktogulov", "person", title="economist studying labor migration (Bishkek)",
              aliases=["Kubat Toktogulov", "Toktogulov"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Philippine Star (Manila) migrant workers (the DMW suspends deployment of first-time
#    household workers to Kuwait), headline without speech, "NAME - The Philippine Star" and date
#    lines, "MANILA, Philippines —" dateline, curly “ ” and ’ apostrophes (employer’s, Kuwait’s),
#    "yesterday", "Nov. 17", "Sen.", Filipino words ("kababayan") and a Tagalog sentence with its
#    translation in parentheses inside the quote. Lede content before "Migrant Workers Secretary X
#    announced yesterday"; content before "X told a press briefing"; quote with "he said"; finding
#    before "according to Kuwaiti police"; "X said A,
#    and that B" (one span). Embassy "said it “...” the incident, that A and that ... “...”" (partial,
#    indirect, partial). Senator "said ... “...”" (partial only), then "Ignacio said". Scare so-called
#    “standard employment contract”. Migrante "called ... “...” and said B" (partial plus indirect,
#    stopping before ", under which"). "Recruitment agencies were less enthusiastic." (not speech);
#    federation president "said A", then "he said". Sister (first name only) named after her quote
#    ("her younger sister Marites told The STAR"), then "Marites said A and would B" (one span).
#    Anonymous "DMW official who asked not to be named said A"; closing figure before "according to
#    DMW data".
ARTICLES["data/eval/dev47/kuwait-household-workers-deployment-suspended.gold.json"] = {
    "article": "data/eval/dev47/kuwait-household-workers-deployment-suspended.txt",
    "target": "Kuwait",
    "quotes": [
        (I, "Teodoro Balagtas", "The Department of Migrant Workers (DMW) has suspended the deployment of first-time "
            "household service workers to Kuwait following the death of a Filipina maid in Jahra last month", None),
        (I, "Teodoro Balagtas", "Returning workers with existing contracts and skilled workers such as nurses and "
            "engineers are not covered by the order", None),
        (D, "Teodoro Balagtas", "We will not send another Filipina to a household in Kuwait until we are satisfied "
            "that the employer is known, the contract is honored and someone will answer the phone when she calls "
            "for help,", None),
        (I, "Teodoro Balagtas", "the DMW had asked Kuwait for a copy of the autopsy report and for access to the "
            "employer, and that a second autopsy would be conducted once the body arrives in Roxas City this week",
            None),
        (I, "Kuwaiti police", "She had fallen from a third-floor window", None),
        (P, "Kuwaiti embassy in Manila", "deeply regrets", None),
        (I, "Kuwaiti embassy in Manila", "the case was being handled by Kuwait\u2019s public prosecution", None),
        (P, "Kuwaiti embassy in Manila", "fully protect the rights of domestic workers, regardless of nationality.",
            None),
        (P, "Carmela Ignacio", "on the basis of promises.", None),
        (D, "Carmela Ignacio", "We have been here before. Each time, Kuwait signed something, we lifted the ban, and "
            "our kababayan kept coming home in boxes,", None),
        (S, None, "standard employment contract", None),
        (P, "Migrante International", "a band-aid", None),
        (I, "Migrante International", "the real problem was Kuwait\u2019s kafala sponsorship system", None),
        (I, "Alfredo Manalac", "about 1,200 workers who had already completed their pre-departure orientation would "
            "be affected", None),
        (D, "Alfredo Manalac", "We understand the anger. But Kuwait is one of our biggest markets, and most employers "
            "there treat our workers well. A blanket suspension punishes the good employers together with the bad,",
            None),
        (D, "Marites", "Ang gusto lang namin ay hustisya (All we want is justice). She called me two days before she "
            "died and said she wanted to come home early,", None),
        (I, "Marites", "the family did not believe that Rowena had fallen and would ask the National Bureau of "
            "Investigation to join the second autopsy", None),
        (I, "DMW official", "the department was also reviewing the licenses of the two agencies that had placed "
            "Dalisay with her employer", None),
        (I, "Department of Migrant Workers", "There are about 220,000 Filipinos working in Kuwait, more than half of "
            "them as household service workers", None),
    ],
    "actors": [
        actor("Teodoro Balagtas", "person", title="Migrant Workers Secretary",
              affiliation="Department of Migrant Workers", aliases=["Teodoro Balagtas", "Balagtas"], stance=-1),
        actor("Kuwaiti police", "government", title="police", affiliation="Kuwait", aliases=["Kuwaiti police"],
              stance=None),
        actor("Kuwaiti embassy in Manila", "government", title="embassy", affiliation="Kuwait",
              aliases=["Kuwaiti embassy in Manila"], stance=1),
        actor("Carmela Ignacio", "person", title="senator, chair of the Senate committee on migrant workers",
              affiliation="Philippine Senate", aliases=["Carmela Ignacio", "Ignacio"], stance=-1),
        actor("Migrante International", "organisation", title="migrant workers' group",
              aliases=["Migrante International"], stance=-1),
        actor("Alfredo Manalac", "person", title="president", affiliation="Federation of Licensed Overseas Recruiters",
              aliases=["Alfredo Manalac", "Manalac"], stance=1),
        actor("Marites", "person", title="younger sister of Rowena Dalisay", aliases=["Marites"], stance=-1),
        actor("DMW official", "person", title="anonymous DMW official", affiliation="Department of Migrant Workers",
              aliases=["DMW official"], stance=None),
        actor("Department of Migrant Workers", "government", title="government department (deployment data)",
              affiliation="Philippines", aliases=["Department of Migrant Workers", "DMW"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Taipei Times food safety (the FDA orders a chili powder recall over a banned dye), headline
#    without speech, capitalized subhead "TOXIC COLORANT:" without speech, "By NAME / Staff reporter",
#    names in Wade-Giles-style romanization with Chinese characters in parentheses, "yesterday",
#    "NT$", straight " and apostrophes (company's, father's), American punctuation inside closing
#    marks. Lede "ordered ... to recall" (an act); content before "FDA Food Safety Division Director X
#    told a news conference"; quote with "Chiang said"; "Chiang said A, and that B" (one span); "The
#    FDA said that A" (span without "that"); scare so-called "gutter oil" scandal. Company "apologized
#    to consumers" (no content) "and said it had been "..." by its supplier" (partial only); "The
#    company said A" (one span). Chairman "told reporters ... that A", then "Huang said". Figure before
#    "according to the Taichung Department of Public Health". Legislator "said ... that ... "..." and
#    that ... "..."" (two partials). Foundation "said the company should compensate restaurants "...",
#    adding that B" (partial plus indirect). Restaurant owner "said A", then "she said". Anonymous FDA
#    official "said A".
ARTICLES["data/eval/dev47/shan-lien-chili-powder-sudan-dye-recall.gold.json"] = {
    "article": "data/eval/dev47/shan-lien-chili-powder-sudan-dye-recall.txt",
    "target": "Shan Lien Foods Co",
    "quotes": [
        (I, "Chiang Yu-ting", "The dye was detected in a 3.5-tonne batch imported from China in September, about 2.1 "
            "tonnes of which had already been repackaged and sold to food processors, restaurants and stores", None),
        (D, "Chiang Yu-ting", "Sudan III is a carcinogen. There is no safe level of it in food, and there is no "
            "excuse for it being in a product sold in Taiwan,", None),
        (I, "Chiang Yu-ting", "Shan Lien had failed to carry out its own tests on the batch as required under the Act "
            "Governing Food Safety and Sanitation (\u98df\u54c1\u5b89\u5168\u885b\u751f\u7ba1\u7406\u6cd5), and that "
            "the company faced a fine of up to NT$200 million (US$6.2 million)", None),
        (I, "Food and Drug Administration", "consumers who had eaten dishes made with the powder should not panic, "
            "as the risk from short-term exposure was low", None),
        (S, None, "gutter oil", None),
        (P, "Shan Lien Foods Co", "misled", None),
        (I, "Shan Lien Foods Co", "it had stopped all sales of chili products and would offer full refunds to "
            "customers who returned them to the place of purchase, with or without a receipt", None),
        (I, "Huang Chih-ming", "the firm had used the same supplier for 11 years without a problem", None),
        (D, "Huang Chih-ming", "We are a family company. We have been making this product since my father's time, and "
            "we have never had a single violation. We will cooperate fully with the FDA and take responsibility,",
            None),
        (I, "Taichung Department of Public Health", "As of 5pm yesterday, inspectors had removed 640kg of the powder "
            "from shelves and kitchens in Taichung alone", None),
        (P, "Chou Chun-hsien", "full of holes", None),
        (P, "Chou Chun-hsien", "cannot hide behind their suppliers.", None),
        (P, "Consumers' Foundation", "for lost business, not just refund the powder,", None),
        (I, "Consumers' Foundation", "it had received 48 complaints by yesterday evening", None),
        (I, "Hsu Chia-wen", "she had thrown away about 30kg of chili oil made with the powder on Monday night", None),
        (D, "Hsu Chia-wen", "I trusted Shan Lien for eight years. Now I am the one who has to explain to customers "
            "why the soup tastes different,", None),
        (I, "FDA official", "the agency was also checking whether other importers had bought from the same supplier",
            None),
    ],
    "actors": [
        actor("Chiang Yu-ting", "person", title="FDA Food Safety Division Director",
              affiliation="Food and Drug Administration", aliases=["Chiang Yu-ting", "Chiang"], stance=-1),
        actor("Food and Drug Administration", "government", title="food and drug regulator", affiliation="Taiwan",
              aliases=["Food and Drug Administration", "FDA"], stance=None),
        actor("Shan Lien Foods Co", "organisation", title="food company (Taichung)",
              aliases=["Shan Lien Foods Co", "Shan Lien", "The company"], stance=0),
        actor("Huang Chih-ming", "person", title="chairman", affiliation="Shan Lien Foods Co",
              aliases=["Huang Chih-ming", "Huang"], stance=1),
        actor("Taichung Department of Public Health", "government", title="city health department (inspection data)",
              aliases=["Taichung Department of Public Health"], stance=None),
        actor("Chou Chun-hsien", "person", title="Legislator", affiliation="Democratic Progressive Party (DPP)",
              aliases=["Chou Chun-hsien", "Chou"], stance=-1),
        actor("Consumers' Foundation", "organisation", title="consumer group", aliases=["Consumers' Foundation"],
              stance=-1),
        actor("Hsu Chia-wen", "person", title="hotpot restaurant owner (Da-an District, Taipei)",
              aliases=["Hsu Chia-wen", "Hsu"], stance=-1),
        actor("FDA official", "person", title="anonymous FDA official", affiliation="Food and Drug Administration",
              aliases=["FDA official"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Brussels Times (Belgium) city politics (Antwerp orders night shops in three districts to
#    close at 22:00), headline with a straight single fragment "Antwerp says ... will bring 'calm'",
#    date and byline lines, British spelling ("neighbourhoods", "licences"), 24-hour times, "1
#    February", straight " and apostrophes (Antwerp's, residents'), fragment punctuation outside the
#    marks ("positive".). Lede content before "the City of Antwerp announced on Thursday" (", in a bid
#    to curb ..." left out); scare "nachtwinkels" (the Dutch name, glossed); alderman named after the
#    first stretch ("Antwerp's Alderman for Public Safety, X, told The Brussels Times"), resumed;
#    "Verhaegen said A"; "The City said A and would consider ... "..."" (indirect plus partial);
#    federation "called the rule "..." and said B" (partial plus indirect); its spokesperson named
#    after the first stretch, resumed; Unizo "said A but that B" (one span); residents' committee chair
#    "said the announcement was "..."" (partial only), then "she said"; councillor "said the city was
#    "..." and that B" (partial plus indirect); unnamed police spokesperson "said A but that
#    enforcement would "..."" (indirect plus partial).
ARTICLES["data/eval/dev47/antwerp-night-shops-10pm-closing.gold.json"] = {
    "article": "data/eval/dev47/antwerp-night-shops-10pm-closing.txt",
    "target": "Antwerp",
    "quotes": [
        (P, "City of Antwerp", "calm", None),
        (I, "City of Antwerp", "Night shops in three Antwerp districts will have to close at 22:00 from 1 February",
            None),
        (S, None, "nachtwinkels", None),
        (D, "Koen Verhaegen", "Night shops are not the problem in themselves, but in these streets they have become "
            "the meeting point for everything that keeps residents awake,", None),
        (D, "Koen Verhaegen", "We want people to be able to sleep with the window open in summer.", None),
        (I, "Koen Verhaegen", "police had recorded more than 1,400 complaints about noise and public drunkenness in "
            "the three districts in the first ten months of the year, nearly double the figure for 2022", None),
        (I, "City of Antwerp", "it would evaluate the measure after six months", None),
        (P, "City of Antwerp", "if the results are positive", None),
        (P, "Federation of Night Shop Owners", "collective punishment", None),
        (I, "Federation of Night Shop Owners", "it would ask the Council of State to suspend it", None),
        (D, "Emre Yildiz", "Most of our members are families who work 16 hours a day. They are not responsible for "
            "what happens on the pavement at two in the morning,", None),
        (D, "Emre Yildiz", "If there is dealing in the street, that is a job for the police, not for a shopkeeper "
            "with a padlock.", None),
        (I, "Unizo", "it understood the frustration of residents but that the rule could simply push customers to "
            "buy alcohol in larger quantities earlier in the evening", None),
        (P, "Liesbeth Wouters", "long overdue", None),
        (D, "Liesbeth Wouters", "My children's bedroom looks out on a night shop. Some nights there are twenty people "
            "outside until four. I have called the police so often that they know my voice,", None),
        (P, "Nadia Bouzid", "moving the problem around the corner", None),
        (I, "Nadia Bouzid", "the money spent on enforcement would be better used for youth workers and street "
            "lighting", None),
        (I, "spokesperson for the Antwerp police zone", "officers would carry out checks from the first week", None),
        (P, "spokesperson for the Antwerp police zone", "start with warnings, not fines", None),
    ],
    "actors": [
        actor("City of Antwerp", "government", title="city administration",
              aliases=["City of Antwerp", "Antwerp", "The City"], stance=1),
        actor("Koen Verhaegen", "person", title="Alderman for Public Safety", affiliation="City of Antwerp",
              aliases=["Koen Verhaegen", "Verhaegen"], stance=1),
        actor("Federation of Night Shop Owners", "organisation", title="night shop owners' federation",
              aliases=["Federation of Night Shop Owners"], stance=-1),
        actor("Emre Yildiz", "person", title="federation spokesperson", affiliation="Federation of Night Shop Owners",
              aliases=["Emre Yildiz", "Yildiz"], stance=-1),
        actor("Unizo", "organisation", title="organisation representing the self-employed", aliases=["Unizo"],
              stance=0),
        actor("Liesbeth Wouters", "person", title="chair of the Seefhoek residents' committee",
              aliases=["Liesbeth Wouters", "Wouters"], stance=1),
        actor("Nadia Bouzid", "person", title="councillor", affiliation="Groen", aliases=["Nadia Bouzid", "Bouzid"],
              stance=-1),
        actor("spokesperson for the Antwerp police zone", "person", title="unnamed police spokesperson",
              affiliation="Antwerp police zone", aliases=["spokesperson for the Antwerp police zone"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
