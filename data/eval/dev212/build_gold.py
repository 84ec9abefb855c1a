"""Build the dev212 gold files (data/eval/dev212/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev209/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev212/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev212.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev212"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Prensa Latina (Cuban news agency, English service) diplomacy (the UN General Assembly votes against the US
#    embargo on Cuba), headline without quote marks ("demands end of" is the resolution's, a directive), dateline
#    "United Nations, Dec 3 (Prensa Latina)" without a dash, sign-off "(Prensa Latina)", straight " and apostrophes,
#    US spelling and punctuation inside closing marks, "5.1 billion dollars"; "a resolution calling for an end to
#    ..." (directive); minister "said the blockade remained "..." of the country and "..."" (two partials); content
#    before "according to the report submitted by Cuba to the Secretary-General" (Cuba's); "the foreign minister
#    said"; "He stressed that A, ..., a decision he described as "..."" (indirect plus partial); "The Cuban diplomat
#    also rejected the so-called "maximum pressure" campaign" (the act not annotated, the scare quote is); US
#    diplomat "said in an explanation of vote that the embargo was "..." and that Washington would continue to
#    "..."" (two partials), "he said"; "Speaking on behalf of the Group of 77 and China, ..., Ambassador Lucía
#    Ferreira, said A" (the ambassador speaks); Mexican ambassador "told Prensa Latina after the vote that his
#    country would keep sending ... "..."" (partial only); EU "said in a statement read by its delegation that A and
#    that the bloc "..." ..., although it urged ..." (indirect plus partial; the directive not annotated); pharmacist
#    "told Prensa Latina that A", "she said".
ARTICLES[f"{BATCH}/un-vote-us-blockade-cuba.gold.json"] = {
    "article": f"{BATCH}/un-vote-us-blockade-cuba.txt",
    "target": "United States",
    "quotes": [
        (P, "Ernesto Valdés Rivero", "the main obstacle to the development", None),
        (P, "Ernesto Valdés Rivero", "a massive, flagrant and systematic violation of the human rights of all Cubans.",
            None),
        (I, "Cuba", "Damages caused by the blockade between March 2025 and February 2026 amounted to more than 5.1 "
            "billion dollars", None),
        (D, "Ernesto Valdés Rivero", "There is not a single Cuban family that has not felt the consequences of this "
            "policy. It is in the hospitals that lack medicines, in the blackouts, in the empty shelves,", None),
        (I, "Ernesto Valdés Rivero", "the measures had been tightened since January, when Washington again included Cuba "
            "on its list of state sponsors of terrorism", None),
        (P, "Ernesto Valdés Rivero", "arbitrary and slanderous.", None),
        (S, None, "maximum pressure", None),
        (P, "Mark Holloway", "a bilateral matter", None),
        (P, "Mark Holloway", "support the Cuban people's aspirations for freedom.", None),
        (D, "Mark Holloway", "The Cuban regime, not the United States, is responsible for the economic hardship on the "
            "island,", None),
        (I, "Lucía Ferreira", "the unilateral coercive measures against Cuba violated international law and the Charter "
            "of the United Nations", None),
        (P, "Rodrigo Aguilar", "as long as it is needed.", None),
        (I, "European Union", "the extraterritorial effects of the US measures harmed European companies and citizens",
            None),
        (P, "European Union", "does not share", None),
        (I, "Yamilé Cárdenas", "several medicines for children with cancer had been out of stock for months because "
            "suppliers refused to sell to Cuba", None),
        (D, "Yamilé Cárdenas", "The world voted with us again today. Now the world has to make the United States listen,",
            None),
    ],
    "actors": [
        actor("Ernesto Valdés Rivero", "person", title="Foreign Minister", affiliation="Cuba",
              aliases=["Ernesto Valdés Rivero", "Valdés Rivero", "the foreign minister"], stance=-1),
        actor("Cuba", "country", title=None, affiliation=None, aliases=["Cuba"], stance=-1),
        actor("Mark Holloway", "person", title="US deputy representative to the UN", affiliation="United States",
              aliases=["Mark Holloway", "Holloway"], stance=1),
        actor("Lucía Ferreira", "person", title="permanent representative of Colombia (for the Group of 77 and China)",
              affiliation="Colombia", aliases=["Lucía Ferreira", "Ferreira"], stance=-1),
        actor("Rodrigo Aguilar", "person", title="ambassador", affiliation="Mexico",
              aliases=["Rodrigo Aguilar", "Aguilar"], stance=None),
        actor("European Union", "organisation", title=None, affiliation=None, aliases=["European Union"], stance=-1),
        actor("Yamilé Cárdenas", "person", title="pharmacist (Havana)", affiliation=None,
              aliases=["Yamilé Cárdenas", "Cárdenas"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Arab Times (Kuwait) health (the health ministry raises public hospital fees for expatriates), headline without
#    speech, dateline "KUWAIT CITY, Dec 3:", straight " and apostrophes, US spelling, "KD 5", "percent", "Dr"; lede
#    content before "the ministry said in a statement on Wednesday"; "The ministry said A, and that the increase was
#    needed to "..." on ..." (indirect plus partial); undersecretary "told reporters that A and that they paid "..." of
#    ..." (indirect plus partial), quote with "Al-Mutairi said"; "Informed sources told Arab Times A" (group);
#    content before "according to Al-Qabas daily"; scare so-called "demographic balance" policy (glossed); anonymous
#    "An Egyptian accountant who ..., and who asked not to be named, said A", "he said"; rights group "said in a
#    statement that health care was "..." and called on ..." (partial only; the directive not annotated); "Former MP
#    ..., however, welcomed the decision, saying it was "..." and that citizens had been waiting "..." for ..." (two
#    partials); anonymous "A consultant at Farwaniya Hospital told Arab Times A".
ARTICLES[f"{BATCH}/kuwait-moh-expat-hospital-fees.gold.json"] = {
    "article": f"{BATCH}/kuwait-moh-expat-hospital-fees.txt",
    "target": "Ministry of Health",
    "quotes": [
        (I, "Ministry of Health", "The Ministry of Health will raise fees for expatriates at public hospitals and health "
            "centers from January 1, with a visit to a primary care clinic rising from KD 2 to KD 5 and an emergency "
            "room visit from KD 5 to KD 10", None),
        (I, "Ministry of Health", "the new fees would apply to all non-Kuwaitis except domestic workers, diplomats and "
            "patients with chronic conditions registered with the ministry", None),
        (P, "Ministry of Health", "reduce pressure", None),
        (I, "Khaled Al-Mutairi", "expatriates made up about 60 percent of visits to primary care clinics", None),
        (P, "Khaled Al-Mutairi", "a small fraction", None),
        (D, "Khaled Al-Mutairi", "The treatment a resident receives in a Kuwaiti hospital costs the state many times what "
            "he pays at the counter. We are not closing the door to anyone, but the system must be sustainable,", None),
        (I, "Informed sources", "the ministry was also studying a proposal to raise the annual health insurance fee for "
            "expatriates, currently KD 50, when residencies are renewed", None),
        (I, "Al-Qabas", "Fees for medicines dispensed at public pharmacies will also be reviewed", None),
        (S, None, "demographic balance", None),
        (I, "Egyptian accountant", "the family would have to think twice before taking the children to a clinic", None),
        (D, "Egyptian accountant", "For a family like mine, one small fever can now cost KD 25 between the clinic and the "
            "pharmacy. My salary has not changed in four years,", None),
        (P, "Kuwait Society for Human Rights", "a basic right, not a service for those who can afford it", None),
        (P, "Abdullah Al-Enezi", "long overdue", None),
        (P, "Abdullah Al-Enezi", "months", None),
        (I, "consultant at Farwaniya Hospital", "the new fees could lead expatriates to delay treatment until their "
            "condition worsened, which would only increase pressure on emergency departments", None),
    ],
    "actors": [
        actor("Ministry of Health", "government", title="health ministry", affiliation="Kuwait",
              aliases=["Ministry of Health", "MoH", "the ministry"], stance=1),
        actor("Khaled Al-Mutairi", "person", title="Assistant Undersecretary for Public Health",
              affiliation="Ministry of Health", aliases=["Khaled Al-Mutairi", "Al-Mutairi"], stance=1),
        actor("Informed sources", "group", title="sources (anonymous)", affiliation=None, aliases=["Informed sources"],
              stance=None),
        actor("Al-Qabas", "organisation", title="Arabic daily newspaper", affiliation="Kuwait", aliases=["Al-Qabas"],
              stance=None),
        actor("Egyptian accountant", "person", title="expatriate resident of Hawally (anonymous)", affiliation=None,
              aliases=["Egyptian accountant"], stance=-1),
        actor("Kuwait Society for Human Rights", "organisation", title="human rights group", affiliation="Kuwait",
              aliases=["Kuwait Society for Human Rights"], stance=-1),
        actor("Abdullah Al-Enezi", "person", title="former MP", affiliation=None,
              aliases=["Abdullah Al-Enezi", "Al-Enezi"], stance=1),
        actor("consultant at Farwaniya Hospital", "person", title="hospital consultant (anonymous)",
              affiliation="Farwaniya Hospital", aliases=["consultant at Farwaniya Hospital"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Campaign (UK advertising trade press) advertising regulation (the ASA bans an energy drink campaign), headline
#    with a straight single fragment "ASA bans Voltra ad for 'irresponsibly' ..." (partial for the ASA), "by ..." and
#    date lines, British straight single quotes '...' for fragments and full quotes, apostrophes inside quotes
#    (`We're`, `we'll`, `I'd`, `isn't`) and outside (`Voltra's`), punctuation outside closing marks for fragments,
#    "£6.4m"; lede "after the regulator ruled that A" (ruled is a cue); regulator "said the ad had '...' and that this
#    was '...'" (two partials), "It also said A, and told Voltra's owner not to ..." (indirect; the directive not
#    annotated); charity "which argued that the campaign '...'" (partial only); scare so-called 'functional' drinks
#    category; owner "Kinetic Beverages, which said it was '...' by the ruling and that B" (partial plus indirect);
#    spokesperson named after the quote ("a Kinetic Beverages spokesperson said"); "did not respond to a request for
#    comment"; strategist "said she expected A", "she said"; trade body "said A, and that it would '...' at the
#    ruling" (indirect plus partial); content before "according to Nielsen Ad Intel".
ARTICLES[f"{BATCH}/asa-bans-voltra-energy-drink-ad.gold.json"] = {
    "article": f"{BATCH}/asa-bans-voltra-energy-drink-ad.txt",
    "target": "Kinetic Beverages",
    "quotes": [
        (P, "Advertising Standards Authority", "irresponsibly", None),
        (I, "Advertising Standards Authority", "the ads encouraged excessive caffeine consumption among young people",
            None),
        (P, "Advertising Standards Authority", "presented drinking several high-caffeine drinks in one night as a normal "
            "and desirable part of student life", None),
        (P, "Advertising Standards Authority", "irresponsible", None),
        (I, "Advertising Standards Authority", "the ad was likely to appeal strongly to under-18s because of its music, "
            "cast and placement on social media", None),
        (P, "Rest Matters", "made exhaustion look aspirational", None),
        (S, None, "functional", None),
        (P, "Kinetic Beverages", "disappointed", None),
        (I, "Kinetic Beverages", "all of its cans carried the mandatory high-caffeine warning", None),
        (D, "Kinetic Beverages spokesperson", "The ad was cast with actors aged 21 and over and targeted at adults. We're "
            "a responsible brand and we'll work with the ASA on future campaigns,", None),
        (I, "Hannah Greaves", "she expected other energy drink brands to review their social media "
            "plans in light of the ruling", None),
        (D, "Hannah Greaves", "Brands in this category are chasing Gen Z on TikTok, and the ASA has now drawn a very clear "
            "line. I'd be surprised if there isn't a second ruling like this within a year,", None),
        (I, "British Soft Drinks Association", "its members already followed a code of practice that bars the marketing "
            "of energy drinks to under-16s", None),
        (P, "British Soft Drinks Association", "look carefully", None),
        (I, "Nielsen Ad Intel", "Kinetic Beverages, which also owns the Tidal sparkling water brand, spent an estimated "
            "£6.4m on media for Voltra in the year to September", None),
    ],
    "actors": [
        actor("Advertising Standards Authority", "organisation", title="advertising regulator", affiliation="UK",
              aliases=["Advertising Standards Authority", "ASA", "the regulator"], stance=-1),
        actor("Rest Matters", "organisation", title="charity", affiliation=None, aliases=["Rest Matters"], stance=-1),
        actor("Kinetic Beverages", "organisation", title="drinks company (owner of Voltra)", affiliation=None,
              aliases=["Kinetic Beverages"], stance=1),
        actor("Kinetic Beverages spokesperson", "person", title="spokesperson", affiliation="Kinetic Beverages",
              aliases=["Kinetic Beverages spokesperson"], stance=1),
        actor("Hannah Greaves", "person", title="chief strategy officer", affiliation="Northlight",
              aliases=["Hannah Greaves", "Greaves"], stance=0),
        actor("British Soft Drinks Association", "organisation", title="trade body", affiliation="UK",
              aliases=["British Soft Drinks Association"], stance=0),
        actor("Nielsen Ad Intel", "organisation", title="advertising data service", affiliation="Nielsen",
              aliases=["Nielsen Ad Intel"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Sunday Observer (Sri Lanka) culture/heritage (a visitor cap at Sigiriya), headline without speech, byline,
#    curly “ ” and ’, British spelling, punctuation outside closing marks for fragments, "Rs. 4.2 billion", "US$45";
#    lede content before "the CCF said"; director general "told the Sunday Observer that A", quote with "he said" and
#    a quote-only paragraph; "According to CCF figures, A"; tour operators "said the cap was “...” but warned that B"
#    (partial plus indirect); guesthouse owner "said A", "he said"; archaeologist "welcomed the decision." (act) then
#    "She said A and that B" (one span); "Foreign visitors have long complained about the so-called “dual pricing”
#    system" (the complaint not annotated, the scare quote is); tourist "who gave her name only as Katrin, said she
#    would have paid the higher price “...”" (partial only), "she said"; tourism authority "said in a statement that A
#    and that B".
ARTICLES[f"{BATCH}/sigiriya-visitor-cap-ccf.gold.json"] = {
    "article": f"{BATCH}/sigiriya-visitor-cap-ccf.txt",
    "target": "Central Cultural Fund",
    "quotes": [
        (I, "Central Cultural Fund", "The Central Cultural Fund (CCF) will limit the number of visitors to the Sigiriya "
            "rock fortress to 5,000 a day from February 1, 2027, to protect the fifth-century frescoes and the ancient "
            "stairways from overcrowding", None),
        (I, "Ananda Wickramasinghe", "on peak days last season more than 9,000 people had climbed the rock, most of them "
            "between 8 am and 11 am", None),
        (D, "Ananda Wickramasinghe", "On those days, there are queues on the iron stairway at the Lion’s Paw that last "
            "more than an hour. People are pressed against the rock face, touching the plaster. That is not sustainable "
            "for a World Heritage Site,", None),
        (D, "Ananda Wickramasinghe", "We are not trying to keep people away. We want them to come, but at a pace the "
            "monument can bear.", None),
        (I, "Central Cultural Fund", "Sigiriya earned Rs. 4.2 billion from ticket sales in 2025, more than any other "
            "heritage site in the country", None),
        (P, "Sri Lanka Association of Inbound Tour Operators", "reasonable", None),
        (I, "Sri Lanka Association of Inbound Tour Operators", "the online booking system must be ready well before "
            "February, as many tours for the season had already been sold", None),
        (I, "Nimal Jayasuriya", "many small businesses depended on independent travellers who climbed the rock and stayed "
            "for lunch", None),
        (D, "Nimal Jayasuriya", "If the slots go to the big tour companies first, the independent travellers will skip "
            "Sigiriya and climb Pidurangala instead. That money will not come to the village,", None),
        (I, "Shalini Gunawardena", "humidity from large crowds in the fresco pocket had contributed to the fading of the "
            "paintings and that the CCF should go further by limiting the fresco gallery to 50 visitors at a time",
            None),
        (S, None, "dual pricing", None),
        (P, "Katrin", "without a second thought", None),
        (D, "Katrin", "The climb was wonderful, but at the top it felt like a railway station,", None),
        (I, "Sri Lanka Tourism Development Authority", "it supported the measure and that it would work with the CCF to "
            "promote lesser-known sites in the Cultural Triangle", None),
    ],
    "actors": [
        actor("Central Cultural Fund", "government", title="heritage authority", affiliation="Sri Lanka",
              aliases=["Central Cultural Fund", "CCF"], stance=1),
        actor("Ananda Wickramasinghe", "person", title="Director General", affiliation="Central Cultural Fund",
              aliases=["Ananda Wickramasinghe", "Wickramasinghe"], stance=1),
        actor("Sri Lanka Association of Inbound Tour Operators", "organisation", title="tour operators' association",
              affiliation="Sri Lanka", aliases=["Sri Lanka Association of Inbound Tour Operators", "SLAITO"], stance=0),
        actor("Nimal Jayasuriya", "person", title="guesthouse owner, Sigiriya village", affiliation=None,
              aliases=["Nimal Jayasuriya", "Jayasuriya"], stance=-1),
        actor("Shalini Gunawardena", "person", title="archaeologist", affiliation="University of Kelaniya",
              aliases=["Shalini Gunawardena", "Gunawardena", "Dr Shalini Gunawardena"], stance=1),
        actor("Katrin", "person", title="German tourist", affiliation=None, aliases=["Katrin"], stance=1),
        actor("Sri Lanka Tourism Development Authority", "government", title="tourism authority", affiliation="Sri Lanka",
              aliases=["Sri Lanka Tourism Development Authority", "SLTDA"], stance=1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
