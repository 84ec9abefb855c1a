"""Build the test97 gold files (data/eval/test97/*.gold.json) from the annotation specs below.

Held out, like ../test/: do not read while tuning the extractor.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test97/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test97.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test97"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Novastan (Central Asia, English edition; Russia introduces a deposit for labour migrants), headline
#    and standfirst without speech, byline and date lines, curly “ ” and ’, British punctuation outside
#    closing marks, quoted crossheads (“Nobody is closing the door”, “Almost what I earn in a month”: partials
#    for the speakers whose words they repeat), closing "Translated from French ..." line. Lede content
#    before "Russia’s Interior Ministry said on 3 December"; "According to the ministry, A"; "The ministry
#    said the measure was intended to “...” of ..., and that B" (partial plus indirect); Duma deputy "told
#    the newspaper Izvestia that the deposit was “...”" (partial only), "he said"; scare so-called
#    “expulsion regime”; Tajik ministry "said it “...” of ... to set ..." (partial only), "It said A"; Uzbek
#    agency "noted that A"; migrant by first name, present tense "says Farrukh, 29, ..." after the quote,
#    then "he adds"; lawyer "says A", "she told Novastan"; economist "points out that A", "he says".
ARTICLES[f"{BATCH}/russia-migrant-deposit-central-asia.gold.json"] = {
    "article": f"{BATCH}/russia-migrant-deposit-central-asia.txt",
    "target": "Russia",
    "quotes": [
        (I, "Interior Ministry", "Labour migrants from visa-free countries will have to pay a deposit of 50,000 roubles "
            "(around 530 euros) when they enter Russia to work from 1 March 2027", None),
        (I, "Interior Ministry", "the deposit will be returned when the migrant leaves Russia within the permitted "
            "period of stay, and kept if the person is expelled", None),
        (P, "Interior Ministry", "increase the responsibility", None),
        (I, "Interior Ministry", "forfeited deposits would be used to cover the cost of deportations", None),
        (P, "Konstantin Zaitsev", "Nobody is closing the door", "Nobody is closing the door”\n"),
        (P, "Konstantin Zaitsev", "normal international practice", None),
        (D, "Konstantin Zaitsev", "Nobody is closing the door. But those who come must understand that Russia has "
            "rules, and that breaking them costs money,", None),
        (S, None, "expulsion regime", None),
        (P, "Ministry of Labour, Migration and Employment", "respects the sovereign right", None),
        (I, "Ministry of Labour, Migration and Employment", "it would open information points in Dushanbe and Khujand "
            "to explain the new requirements to citizens before they travel", None),
        (I, "Agency for External Labour Migration", "the number of Uzbek citizens leaving to work in Russia had fallen "
            "by 18% in the first nine months of 2026, while departures to South Korea, the United Kingdom and the "
            "Gulf countries had risen", None),
        (P, "Farrukh", "Almost what I earn in a month", None),
        (D, "Farrukh", "Fifty thousand is almost what I earn in a month,", None),
        (D, "Farrukh", "Most people will borrow it from relatives, or they will come without papers. Either way, it "
            "is the same people who pay,", None),
        (I, "Gulnara Sadykova", "the deposit will hit the poorest workers hardest and will be difficult to recover in "
            "practice", None),
        (D, "Gulnara Sadykova", "We already see how hard it is to get back the fees paid for work patents that were "
            "cancelled. I do not believe the deposit will be any different,", None),
        (I, "Kubatbek Asanov", "remittances from Russia still account for around a third of Tajikistan’s GDP", None),
        (D, "Kubatbek Asanov", "Russia has every right to set its own rules. But any measure that makes it harder to "
            "work there legally will be felt in every village in Tajikistan and Uzbekistan, and, in the end, on "
            "Russian construction sites too,", None),
    ],
    "actors": [
        actor("Interior Ministry", "government", title="interior ministry", affiliation="Russia",
              aliases=["Interior Ministry", "the ministry", "The ministry"], stance=1),
        actor("Konstantin Zaitsev", "person", title="State Duma deputy", affiliation="United Russia",
              aliases=["Konstantin Zaitsev", "Zaitsev"], stance=1),
        actor("Ministry of Labour, Migration and Employment", "government", title="labour and migration ministry",
              affiliation="Tajikistan", aliases=["Ministry of Labour, Migration and Employment"], stance=0),
        actor("Agency for External Labour Migration", "government", title="labour migration agency",
              affiliation="Uzbekistan", aliases=["Agency for External Labour Migration"], stance=None),
        actor("Farrukh", "person", title="courier from Khujand, 29", aliases=["Farrukh"], stance=-1),
        actor("Gulnara Sadykova", "person", title="Moscow-based lawyer advising migrant workers",
              aliases=["Gulnara Sadykova", "Sadykova"], stance=-1),
        actor("Kubatbek Asanov", "person", title="Bishkek-based economist", aliases=["Kubatbek Asanov", "Asanov"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Castanet (Kelowna; a ski resort introduces paid parking), headline without speech, "Castanet Staff -
#    Dec 5, 2026 / 2:15 pm | Story: 593817" line, "Photo: ..." line, straight " and apostrophes, US
#    punctuation inside closing marks, "50 per cent". Lede content before "the company confirmed Friday";
#    "Graystone said A, which it described as "..." on weekends" (indirect plus partial); content before
#    "the release said" (the company's release); president's quote split by "resort president Derek Lund said
#    in the release", "Lund told Castanet A, and that B" (one span); scare "park and ride" program; petition
#    "calling on the resort to scrap the fee" (directive); organiser (named Snow) quote split by "Snow said",
#    "Snow said A"; regional director "said A", "She called the shuttle "...," but said $25 was "..." for
#    ..." (two partials); anonymous employee "said A and that the decision was "..."" (indirect plus
#    partial). Not annotated: "did not hear back by deadline".
ARTICLES[f"{BATCH}/graystone-mountain-parking-fee.gold.json"] = {
    "article": f"{BATCH}/graystone-mountain-parking-fee.txt",
    "target": "Graystone Mountain Resort",
    "quotes": [
        (I, "Graystone Mountain Resort", "Skiers heading up to Graystone Mountain Resort this winter will have to pay "
            "$25 a day to park in the resort's main lots", None),
        (I, "Graystone Mountain Resort", "the fee would fund a free shuttle from Kelowna and West Kelowna and help cut "
            "traffic on the single access road", None),
        (P, "Graystone Mountain Resort", "at capacity", None),
        (I, "Graystone Mountain Resort", "Season pass holders will get a 50 per cent discount on parking", None),
        (D, "Derek Lund", "We know nobody likes paying for parking,", None),
        (D, "Derek Lund", "But every weekend last season we had cars lined up down the mountain and people turned away "
            "at the gate. Doing nothing is not an option.", None),
        (I, "Derek Lund", "the resort had studied paid parking at other B.C. resorts before making the decision, and "
            "that carpools of four or more people would park for free", None),
        (S, None, "park and ride", None),
        (D, "Brooke Snow", "It's a cash grab, plain and simple,", None),
        (D, "Brooke Snow", "They sold us the season passes in the spring and then told us about parking in December.",
            None),
        (I, "Brooke Snow", "many families had already paid more than $2,000 for passes and would now face another "
            "$300 or more in parking over a season", None),
        (I, "Anita Basran", "the regional district had been asking Graystone to deal with traffic on the road for "
            "years", None),
        (P, "Anita Basran", "a good first step,", None),
        (P, "Anita Basran", "steep", None),
        (I, "Graystone employee", "workers had expected a backlash", None),
        (P, "Graystone employee", "all about revenue.", None),
    ],
    "actors": [
        actor("Graystone Mountain Resort", "organisation", title="ski resort",
              aliases=["Graystone Mountain Resort", "Graystone", "the company"], stance=1),
        actor("Derek Lund", "person", title="resort president", affiliation="Graystone Mountain Resort",
              aliases=["Derek Lund", "Lund"], stance=1),
        actor("Brooke Snow", "person", title="Kelowna skier, petition organiser", aliases=["Brooke Snow", "Snow"],
              stance=-1),
        actor("Anita Basran", "person", title="Central Okanagan East director",
              affiliation="Regional District of Central Okanagan", aliases=["Anita Basran", "Basran"], stance=0),
        actor("Graystone employee", "person", title="anonymous employee", affiliation="Graystone Mountain Resort",
              aliases=["Graystone employee"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Bendigo Advertiser sport (a cricket captain banned for abusing an umpire), headline and standfirst
#    without speech, byline, "Updated ..., first published ..." line, lede opening in capitals ("GOLDEN
#    Square"), straight " and apostrophes, British punctuation outside closing marks. Umpire "told the
#    tribunal on Thursday night A", "He said Szabo had kept going "..."" (partial only); "Szabo admitted
#    swearing (act) but told the tribunal A"; advocate "said A", "Kalogeropoulos said"; chairman "said A",
#    then "he said" after a quote opening with "But"; "Szabo said he was "..." but would not appeal" (partial
#    only), "he said"; club president "said A", "Ostojic said"; association "said in a statement it supported
#    ..., and that abuse of umpires would "..."" (indirect plus partial), "It said A, and that B" (one span);
#    scare "Thank the Umpire" round; opposing captain "said he had not heard ..." (a positive speech act:
#    indirect).
ARTICLES[f"{BATCH}/nathan-szabo-umpire-abuse-ban.gold.json"] = {
    "article": f"{BATCH}/nathan-szabo-umpire-abuse-ban.txt",
    "target": "Nathan Szabo",
    "quotes": [
        (I, "Geoff Best", "Szabo had sworn at him twice after a leg-before-wicket appeal was turned down", None),
        (P, "Geoff Best", "after I'd asked him to settle down", None),
        (I, "Nathan Szabo", "the words were directed at himself, not the umpire", None),
        (I, "Andrew Kalogeropoulos", "the skipper had an unblemished record in 14 seasons of BDCA cricket", None),
        (D, "Andrew Kalogeropoulos", "Nathan has played 200-odd games in this competition without so much as a "
            "warning. He's the bloke who shakes the umpires' hands at the end of every game,", None),
        (I, "Bruce Hensley", "the panel had taken Szabo's record into account", None),
        (D, "Bruce Hensley", "But we are not satisfied the comments were directed at himself. Umpires in this "
            "competition are volunteers, and they are entitled to do the job without being sworn at,", None),
        (P, "Nathan Szabo", "gutted", None),
        (D, "Nathan Szabo", "I've let the boys down, and I'll cop it. But I'm not a bloke who abuses umpires, and "
            "anyone who knows me knows that,", None),
        (I, "Karen Ostojic", "the club would stand by its captain", None),
        (D, "Karen Ostojic", "He's made a mistake in the heat of the moment, and he's owned it. That's all you can ask,",
            None),
        (I, "Bendigo District Cricket Association", "it supported the tribunal's decision", None),
        (P, "Bendigo District Cricket Association", "not be tolerated at any level", None),
        (I, "Bendigo District Cricket Association", "11 players had been reported this season, up from six at the same "
            "point last season, and that the association was struggling to recruit new umpires", None),
        (S, None, "Thank the Umpire", None),
        (I, "Corey Foote", "he had not heard what was said on the field", None),
    ],
    "actors": [
        actor("Geoff Best", "person", title="umpire", aliases=["Geoff Best", "Best"], stance=-1),
        actor("Nathan Szabo", "person", title="Golden Square captain", affiliation="Golden Square",
              aliases=["Nathan Szabo", "Szabo", "Nathan"], stance=0),
        actor("Andrew Kalogeropoulos", "person", title="club vice-president", affiliation="Golden Square",
              aliases=["Andrew Kalogeropoulos", "Kalogeropoulos"], stance=1),
        actor("Bruce Hensley", "person", title="Tribunal chairman",
              affiliation="Bendigo District Cricket Association", aliases=["Bruce Hensley", "Hensley"], stance=-1),
        actor("Karen Ostojic", "person", title="club president", affiliation="Golden Square",
              aliases=["Karen Ostojic", "Ostojic"], stance=1),
        actor("Bendigo District Cricket Association", "organisation", title="cricket association",
              aliases=["Bendigo District Cricket Association", "BDCA"], stance=-1),
        actor("Corey Foote", "person", title="Eaglehawk captain", affiliation="Eaglehawk",
              aliases=["Corey Foote", "Foote"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Salisbury Journal (Salisbury Cathedral introduces an entry charge), headline and standfirst (`...,
#    cathedral says` without quote marks: not annotated), byline, "Reporter", date and "Share" lines,
#    straight " and apostrophes, British punctuation outside closing marks, "£12". Lede content before "the
#    cathedral has confirmed"; "In a statement, the cathedral said A"; content with a fragment before "it
#    said" (partial only); content before "according to the cathedral"; Dean "said: "...` open at the end of
#    its line and a closed paragraph, "The Dean said A"; scare "pay as you feel" model; council leader "said
#    she understood ... but worried ..." (one span), "she said"; volunteer guide "said the decision had left
#    some volunteers feeling "..."" (partial only), "she said"; VisitWiltshire "said A"; Facebook reader
#    "wrote that £12 was "..."" (partial only), "while Sue Hatt said A"; "The cathedral said A".
ARTICLES[f"{BATCH}/salisbury-cathedral-entry-charge.gold.json"] = {
    "article": f"{BATCH}/salisbury-cathedral-entry-charge.txt",
    "target": "Salisbury Cathedral",
    "quotes": [
        (I, "Salisbury Cathedral", "Salisbury Cathedral will charge visitors £12 for entry from April 1, replacing the "
            "suggested donation it has asked for since 2011", "Salisbury Cathedral will charge visitors £12 for entry "
            "from April 1"),
        (I, "Salisbury Cathedral", "the cost of maintaining the building had risen to more than £10,000 a day", None),
        (P, "Salisbury Cathedral", "barely a third", None),
        (I, "Salisbury Cathedral", "Worshippers attending services, residents with an SP1 or SP2 postcode and children "
            "under 16 will not have to pay", None),
        (D, "Alistair Penrose", "This is not a decision we have taken lightly. Nobody who comes to pray will ever be "
            "asked to pay.", None),
        (D, "Alistair Penrose", "But we have a duty to hand this building on to the next generation in good repair, and "
            "the truth is that goodwill alone no longer pays for the roof.", None),
        (I, "Alistair Penrose", "the cathedral had looked closely at the experience of other English cathedrals that "
            "charge for entry, where visitor numbers had held up", None),
        (S, None, "pay as you feel", None),
        (I, "Beatrice Hale", "she understood the cathedral's position but worried the charge would put off day-trippers "
            "who might otherwise spend money in the city's shops and cafes", None),
        (D, "Beatrice Hale", "The cathedral is the reason a lot of people come to Salisbury in the first place. If they "
            "go somewhere else instead, the whole city feels it,", None),
        (P, "Ruth Pennycook", "uncomfortable", None),
        (D, "Ruth Pennycook", "We give our time for nothing because we love the place. It feels odd to be standing next "
            "to a till,", None),
        (I, "VisitWiltshire", "the cathedral welcomed around 280,000 visitors last year, close to its pre-pandemic "
            "level", None),
        (P, "David Amesbury", "daylight robbery for a family of four", None),
        (I, "Sue Hatt", "she would happily pay to keep the spire standing", None),
        (I, "Salisbury Cathedral", "the charge would be reviewed after its first year", None),
    ],
    "actors": [
        actor("Salisbury Cathedral", "organisation", title="cathedral",
              aliases=["Salisbury Cathedral", "the cathedral", "The cathedral"], stance=1),
        actor("Alistair Penrose", "person", title="Dean of Salisbury", affiliation="Salisbury Cathedral",
              aliases=["Alistair Penrose", "Penrose", "The Dean", "Dean of Salisbury"], stance=1),
        actor("Beatrice Hale", "person", title="Salisbury City Council leader", affiliation="Salisbury City Council",
              aliases=["Beatrice Hale", "Hale", "Cllr Beatrice Hale"], stance=0),
        actor("Ruth Pennycook", "person", title="retired teacher, volunteer cathedral guide",
              aliases=["Ruth Pennycook", "Pennycook"], stance=-1),
        actor("VisitWiltshire", "organisation", title="tourism body", aliases=["VisitWiltshire"], stance=None),
        actor("David Amesbury", "person", title="Salisbury Journal reader", aliases=["David Amesbury", "Amesbury"],
              stance=-1),
        actor("Sue Hatt", "person", title="Salisbury Journal reader", aliases=["Sue Hatt", "Hatt"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
