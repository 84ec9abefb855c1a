"""Build the test30 gold files (data/eval/test30/*.gold.json) from the annotation specs below.

Held out: do not read while tuning. Same approach as data/eval/dev91/build_gold.py, importing the
helpers (actor, write_all) of data/eval/build_gold.py and data/eval/write_gold.py: each quote is
given by its exact text and, when that text occurs more than once, by an anchor (a string occurring
exactly once in the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test30/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test30.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test30"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Kazinform (Kazakhstan's national news agency, English) transport/trade (Russian Railways cuts the transit of
#    Kazakh coal to Baltic ports), headline without speech, `ASTANA. KAZINFORM –` dateline running into the lede,
#    straight `"` with a nested straight single `'...'` inside a quote, `percent`, `US dollars`, formal agency
#    register (`the Government`, `It should be recalled that`); lede content before `, the press service of
#    Kazakhstan Temir Zholy (KTZ) said on Monday`; `According to KTZ, A, citing ...` (one span); quote with `the press
#    service said`; Russian Railways `said the restrictions were "..." and applied to ..., "..."` (two partials), then
#    `the statement said`; vice minister `told a briefing in the Government that A, and that it expected the issue to
#    be resolved "..."` (indirect plus partial), `Kassymov said`, `He noted that A`; association `said A and urged
#    ...` (directive not annotated); anonymous company director `said A`, then `he said`; economist `said A, but that
#    B, since ...` (one span), `Zhaksylykov said`; scare so-called `"northern route"` in the closing background.
ARTICLES[f"{BATCH}/russia-limits-kazakh-coal-transit.gold.json"] = {
    "article": f"{BATCH}/russia-limits-kazakh-coal-transit.txt",
    "target": "Russia",
    "quotes": [
        (I, "Kazakhstan Temir Zholy", "Russian Railways has cut the volume of Kazakh coal it will accept for transit to "
            "the Baltic ports of Ust-Luga and Vysotsk in December by about 40 percent", None),
        (I, "Kazakhstan Temir Zholy", "Russian Railways approved only 610,000 tonnes of the 1.02 million tonnes requested "
            "by Kazakh shippers for the month, citing congestion on its northwestern network", None),
        (D, "Kazakhstan Temir Zholy", "We regret that the Russian side took this decision without prior consultation. KTZ "
            "has sent an official letter to Russian Railways requesting a meeting at the level of deputy heads of the "
            "companies,", None),
        (P, "Russian Railways", "temporary", None),
        (P, "Russian Railways", "regardless of the country of origin.", None),
        (D, "Russian Railways", "The priority in the winter period is the stable delivery of cargoes for the domestic "
            "needs of the Russian Federation,", None),
        (I, "Marat Kassymov", "the ministry was in contact with the Russian Ministry of Transport", None),
        (P, "Marat Kassymov", "in the spirit of allied relations.", None),
        (D, "Marat Kassymov", "Kazakhstan and Russia are members of the Eurasian Economic Union. Under the union treaty, "
            "transit must be provided on equal and non-discriminatory terms,", None),
        (I, "Marat Kassymov", "about 70 percent of Kazakhstan's coal exports to Europe were shipped through Russian ports "
            "last year", None),
        (I, "Association of Mining and Metallurgical Enterprises", "the cut would cost Kazakh producers up to 35 million "
            "US dollars in December alone", None),
        (I, "director of one of the coal companies in the Pavlodar region", "his company had already halted shipments to "
            "two Polish customers", None),
        (D, "director of one of the coal companies in the Pavlodar region", "For the third winter in a row we hear about "
            "'congestion.' Our customers in Europe do not want to hear about it, they want coal,", None),
        (I, "Aidar Zhaksylykov", "the decision showed the risks of depending on a single transit country, but that Russia "
            "was also interested in keeping the volumes, since it earned substantial tariff revenue from Kazakh cargo",
            None),
        (D, "Aidar Zhaksylykov", "This is not a blockade. It is a reminder of who controls the railway,", None),
        (S, None, "northern route", None),
    ],
    "actors": [
        actor("Kazakhstan Temir Zholy", "organisation", title="national railway company", affiliation="Kazakhstan",
              aliases=["Kazakhstan Temir Zholy", "KTZ", "the press service"], stance=-1),
        actor("Russian Railways", "organisation", affiliation="Russia", aliases=["Russian Railways", "the statement"],
              stance=1),
        actor("Marat Kassymov", "person", title="Vice Minister of Transport", affiliation="Kazakhstan",
              aliases=["Marat Kassymov", "Kassymov"], stance=-1),
        actor("Association of Mining and Metallurgical Enterprises", "organisation", affiliation="Kazakhstan",
              aliases=["Association of Mining and Metallurgical Enterprises"], stance=-1),
        actor("director of one of the coal companies in the Pavlodar region", "person", title="company director",
              aliases=["director of one of the coal companies in the Pavlodar region"], stance=-1),
        actor("Aidar Zhaksylykov", "person", title="Economist", aliases=["Aidar Zhaksylykov", "Zhaksylykov"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. RFI (Radio France Internationale, English service) France politics/transport (the transport minister defends ending state funding for
#    a night train), headline without speech (`defends`), `Issued on: 08/12/2026 - 16:21` line, `Text by: RFI`
#    line after the lede, straight `"` and apostrophes, euro sign, French names and accents; lede `defended ... as
#    mayors, environmental groups and rail unions accused him of abandoning the Alps` (acts without a proposition,
#    not annotated); content before `, according to the transport ministry`; minister's quote split by `Kessler said
#    on franceinfo radio`; `Kessler said A, and that ... were "..." if ...` (indirect plus partial); operator `said
#    in a statement that it had "..." of the decision and that B` (partial plus indirect); `The announcement caused
#    anger` (no speech verb); mayor in an apposition `told AFP that the decision was "..." and said A` (partial plus
#    indirect), `Arnaud said`; MP in an apposition `said the minister was sending "..." at a time when the government
#    claims ...` (partial only); association `said A, and that B` (one span); its spokesperson `said: "..."`; union
#    `said A`; scare `"Intercités de nuit"`; passenger named after the quote with age and profession.
ARTICLES[f"{BATCH}/kessler-night-train-briancon.gold.json"] = {
    "article": f"{BATCH}/kessler-night-train-briancon.txt",
    "target": "Julien Kessler",
    "quotes": [
        (I, "transport ministry", "The Paris-Briançon line, which carried around 95,000 passengers last year, costs the "
            "state about €11 million a year in subsidies", None),
        (D, "Julien Kessler", "I am not going to defend a train that costs the taxpayer more than €100 per passenger just "
            "because it is romantic,", None),
        (D, "Julien Kessler", "That money will go into the daily trains that hundreds of thousands of people take to get "
            "to work.", None),
        (I, "Julien Kessler", "the state would continue to fund the Paris-Nice and Paris-Toulouse night services", None),
        (P, "Julien Kessler", "free to take over", None),
        (P, "SNCF Voyageurs", "taken note", None),
        (I, "SNCF Voyageurs", "services would run as normal until the end of the current timetable in December 2027",
            None),
        (P, "Catherine Arnaud", "a betrayal of mountain territories", None),
        (I, "Catherine Arnaud", "she would ask the region to step in", None),
        (D, "Catherine Arnaud", "Our residents, our students, our seasonal workers, they all use this train. Without it, "
            "the only way to Paris is eight hours by car on mountain roads in winter,", None),
        (P, "Thomas Guérin", "exactly the wrong signal", None),
        (I, "FNAUT", "night trains had seen record demand since 2021, and that the Briançon service was regularly sold "
            "out during school holidays", None),
        (D, "Hélène Marchal", "The problem is not the train. The problem is that the state has never invested in new "
            "rolling stock. These carriages are 40 years old.", None),
        (I, "CGT-Cheminots", "it would call a strike on the line during the Christmas holidays if the decision was not "
            "reversed", None),
        (S, None, "Intercités de nuit", None),
        (D, "Philippe Morel", "I have taken this train every winter for 20 years to go skiing with my children. You go to "
            "sleep in Paris and you wake up in the mountains. It's magic,", None),
    ],
    "actors": [
        actor("transport ministry", "government", affiliation="France", aliases=["transport ministry"], stance=1),
        actor("Julien Kessler", "person", title="Transport Minister", affiliation="France",
              aliases=["Julien Kessler", "Kessler", "the minister"], stance=1),
        actor("SNCF Voyageurs", "organisation", title="rail operator", aliases=["SNCF Voyageurs"], stance=0),
        actor("Catherine Arnaud", "person", title="Mayor of Briançon", affiliation="Briançon",
              aliases=["Catherine Arnaud", "Arnaud"], stance=-1),
        actor("Thomas Guérin", "person", title="Ecologist MP", affiliation="Isère", aliases=["Thomas Guérin", "Guérin"],
              stance=-1),
        actor("FNAUT", "organisation", title="national passengers' association", aliases=["FNAUT"], stance=-1),
        actor("Hélène Marchal", "person", title="spokesperson", affiliation="FNAUT",
              aliases=["Hélène Marchal", "Marchal"], stance=-1),
        actor("CGT-Cheminots", "organisation", title="rail union", aliases=["CGT-Cheminots"], stance=-1),
        actor("Philippe Morel", "person", title="engineer, passenger", aliases=["Philippe Morel", "Morel"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Tes (UK education trade press) schools (an academy trust adds 30 minutes to the school day), headline without
#    speech, standfirst `... says longer day will boost attainment, but unions warn of workload 'by stealth'` with a
#    curly single fragment (partial for `unions`; the unquoted `says` clause not annotated, like the deks of test26
#    and test28), `By NAME` and date lines, curly `“ ”` and `’`, British punctuation outside closing marks, `Dr`,
#    `£1.2 million`, `Year 7`; `Tes can reveal` (not annotated); trust `told parents in a letter on Friday that the
#    extra time would be used for “...” and ...` (partial only); chief executive `told Tes that the change was about
#    “...”` (partial only), `she said`, `Dr Pryce said A because B` (one span); union `said the plan amounted to ...
#    “...”, and that B` (partial plus indirect); regional secretary `said: “...”`, `He added that A`; `The school
#    leaders’ union NAHT was more cautious.` then its officer `said there was “...” that ..., but that B` (partial plus
#    indirect); `According to the trust, A, and will B` (one span); DfE `has encouraged schools to offer a “...” school
#    week` (directive; its fragment a partial); DfE spokesperson `said: “...”`; two parents `said A, while another
#    parent said B`; the second parent named after her quote.
ARTICLES[f"{BATCH}/northern-lights-trust-longer-school-day.gold.json"] = {
    "article": f"{BATCH}/northern-lights-trust-longer-school-day.txt",
    "target": "Northern Lights Academy Trust",
    "quotes": [
        (P, "unions", "by stealth", "unions warn"),
        (P, "Northern Lights Academy Trust", "structured reading", None),
        (P, "Amanda Pryce", "giving our children the time that children in more advantaged areas already get", None),
        (D, "Amanda Pryce", "Many of our pupils go home to houses with no books and no quiet space to work. An extra "
            "half-hour a day adds up to almost three extra weeks of learning a year,", None),
        (I, "Amanda Pryce", "teachers\u2019 directed time would not increase because the trust would cut two after-school "
            "meetings a month and reduce the number of data drops from six to three a year", None),
        (P, "National Education Union", "by stealth", "National Education Union said"),
        (I, "National Education Union", "the trust had not consulted staff properly before writing to parents", None),
        (D, "Gareth Bowes", "Teachers in these schools already work well over 50 hours a week. Thirty minutes with a class "
            "is not the same as thirty minutes in a meeting, and the trust knows that.", None),
        (I, "Gareth Bowes", "the union would survey its members in the trust before deciding on its next steps", None),
        (P, "Priya Nair", "good evidence", None),
        (I, "Priya Nair", "any change had to be properly funded", None),
        (I, "Northern Lights Academy Trust", "the extension will cost around £1.2 million a year, most of it in additional "
            "pay for support staff, and will be funded from its reserves and pupil premium", None),
        (P, "Department for Education", "full", None),
        (D, "DfE spokesperson", "Decisions about the length of the school day are for schools and trusts to make, working "
            "with their staff and parents.", None),
        (I, "One mother of two at a primary school in Gateshead", "the later finish would make it harder to collect her "
            "children from school", None),
        (I, "Kerry Lambton", "she welcomed anything that helped her son with reading", None),
        (D, "Kerry Lambton", "If it\u2019s properly used, I\u2019m all for it. He\u2019s 11 and he still struggles,", None),
    ],
    "actors": [
        actor("unions", "group", aliases=["unions"], stance=-1),
        actor("Northern Lights Academy Trust", "organisation", title="multi-academy trust", affiliation="North East",
              aliases=["Northern Lights Academy Trust", "the trust"], stance=1),
        actor("Amanda Pryce", "person", title="chief executive", affiliation="Northern Lights Academy Trust",
              aliases=["Dr Amanda Pryce", "Amanda Pryce", "Dr Pryce", "Pryce"], stance=1),
        actor("National Education Union", "organisation", aliases=["National Education Union", "NEU"], stance=-1),
        actor("Gareth Bowes", "person", title="NEU regional secretary", affiliation="National Education Union",
              aliases=["Gareth Bowes", "Bowes"], stance=-1),
        actor("Priya Nair", "person", title="regional officer", affiliation="NAHT", aliases=["Priya Nair", "Nair"],
              stance=0),
        actor("Department for Education", "government", affiliation="UK",
              aliases=["Department for Education", "DfE"], stance=None),
        actor("DfE spokesperson", "person", affiliation="Department for Education", aliases=["DfE spokesperson"],
              stance=0),
        actor("One mother of two at a primary school in Gateshead", "person", title="parent",
              aliases=["One mother of two at a primary school in Gateshead"], stance=-1),
        actor("Kerry Lambton", "person", title="parent", aliases=["Kerry Lambton", "Lambton", "another parent"],
              stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Andina (Peru's state news agency, English) fisheries (the Ministry of Production suspends anchovy fishing in
#    the north-central zone over juvenile catches), headline with `Peru:` prefix without speech, `Lima, Dec. 8
#    (ANDINA).` dateline running into the lede, straight `"`, agency register and Spanish-influenced cues (`the sector
#    reported`, `stated that`, `emphasized`, `indicated that`, `pointed out in statements to the press`, `reminded
#    that`), Spanish double surnames (`Ricardo Salazar Vidal`, `Juana Quispe Huamán`, short `Quispe`), `7°S`; lede
#    content before `, the sector reported`; scare so-called `"anchovy belt"`; `According to the Peruvian Sea Institute
#    (Imarpe), A`; minister `stated that the suspension was "..." aimed at ...` (partial only), then `the minister
#    emphasized`, `He indicated that A`; society `said A but warned that B` (two cues, two indirect spans); its
#    president named after the quote (`pointed out`); federation `described the suspension as "..." and asked Produce
#    to ...` (partial; directive); secretary general `noted that A`, `Quispe emphasized`; economist `said A, although
#    B` (one span); content before `, according to the Central Reserve Bank of Peru (BCRP)`; closing `Produce reminded
#    that A`.
ARTICLES[f"{BATCH}/produce-suspends-anchovy-season-north-centre.gold.json"] = {
    "article": f"{BATCH}/produce-suspends-anchovy-season-north-centre.txt",
    "target": "Ministry of Production",
    "quotes": [
        (I, "Ministry of Production", "The Ministry of Production (Produce) has suspended anchovy fishing activities in "
            "the north-central zone of the Peruvian sea for a period of five days, after monitoring detected a high "
            "proportion of juvenile specimens in the catch", None),
        (S, None, "anchovy belt", None),
        (I, "Peruvian Sea Institute", "juveniles accounted for more than 38 percent of the anchovy landed at ports in the "
            "area over the past three days, well above the tolerance limit of 10 percent", None),
        (P, "Ricardo Salazar Vidal", "a preventive and responsible measure", None),
        (D, "Ricardo Salazar Vidal", "The anchovy is the most important fishery in the world, and we have the obligation "
            "to take care of it. Protecting the juveniles today means guaranteeing the fishing of tomorrow,", None),
        (I, "Ricardo Salazar Vidal", "fishing activities would resume once Imarpe's new exploratory cruise confirmed that "
            "the proportion of juveniles had fallen below the permitted limit", None),
        (I, "National Fisheries Society", "it respected the decision", None),
        (I, "National Fisheries Society", "repeated closures could put at risk the fulfillment of the second season's "
            "quota of 2.5 million tonnes", None),
        (D, "Alfonso Mendoza", "The fleet is ready and the plants are ready. What we need is predictability,", None),
        (P, "National Federation of Artisanal Fishermen of Peru", "necessary", None),
        (I, "Juana Quispe Huamán", "small-scale fishermen from Chimbote and Coishco have reported anchovy schools mixed "
            "with large numbers of juveniles since the beginning of November", None),
        (D, "Juana Quispe Huamán", "We are the first to suffer when the sea is exploited without control. We support the "
            "ministry, but we also ask for more surveillance,", None),
        (I, "Carlos Paredes", "the temporary closure would have a limited impact on fishmeal exports this year, although "
            "a longer suspension could reduce the contribution of fishing to GDP growth in the first quarter of 2027",
            None),
        (I, "Central Reserve Bank of Peru", "Fishmeal exports reached 1.9 billion US dollars between January and October, "
            "a 12 percent increase compared with the same period of 2025", None),
        (I, "Ministry of Production", "the second anchovy fishing season in the north-central zone began on November 12 "
            "and will run until the quota is reached or until January 31, 2027, at the latest", None),
    ],
    "actors": [
        actor("Ministry of Production", "government", affiliation="Peru",
              aliases=["Ministry of Production", "Produce", "the sector"], stance=1),
        actor("Peruvian Sea Institute", "government", affiliation="Peru", aliases=["Peruvian Sea Institute", "Imarpe"],
              stance=None),
        actor("Ricardo Salazar Vidal", "person", title="Production Minister", affiliation="Peru",
              aliases=["Ricardo Salazar Vidal", "Salazar", "the minister"], stance=1),
        actor("National Fisheries Society", "organisation", aliases=["National Fisheries Society", "SNP"], stance=0),
        actor("Alfonso Mendoza", "person", title="SNP president", affiliation="National Fisheries Society",
              aliases=["Alfonso Mendoza", "Mendoza"], stance=-1),
        actor("National Federation of Artisanal Fishermen of Peru", "organisation",
              aliases=["National Federation of Artisanal Fishermen of Peru", "Fenpap"], stance=1),
        actor("Juana Quispe Huamán", "person", title="secretary general", affiliation="Fenpap",
              aliases=["Juana Quispe Huamán", "Quispe"], stance=1),
        actor("Carlos Paredes", "person", title="Economist", affiliation="Pacific University",
              aliases=["Carlos Paredes", "Paredes"], stance=0),
        actor("Central Reserve Bank of Peru", "government", affiliation="Peru",
              aliases=["Central Reserve Bank of Peru", "BCRP"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
