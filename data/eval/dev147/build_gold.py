"""Build the dev147 gold files (data/eval/dev147/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev147/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev147.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev147"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Science|Business (Brussels research-policy news) big science/diplomacy (the European XFEL council
#    suspends Russia's voting rights), headline without speech, standfirst "Russia's science ministry calls
#    the move "illegal"." (partial for the ministry, the entity it names), "By NAME" and "04 Dec 2026"
#    lines, straight " and apostrophes, British punctuation outside closing marks. Content before
#    "according to a person who attended the meeting" (anonymous); council chair named after the first
#    stretch of a split quote ("said council chair Helle Bjerregaard, a Danish physicist"), "Bjerregaard said
#    A, and that B" (one span); scare so-called "science diplomacy"; Russian ministry "said in a statement
#    that the vote was "..." under ... and "..."" (two partials), "It said A"; deputy minister named after his
#    quote ("told the state news agency TASS"), "Lukin added that ... would be "..."" (partial only); German
#    ministry "said it "..." the council and that B" (partial plus indirect); Ukrainian biologist "said A",
#    "she said"; anonymous Russian physicist in a long relative clause "said A", "he said"; content before
#    "according to the European XFEL's annual report".
ARTICLES[f"{BATCH}/xfel-council-suspends-russia.gold.json"] = {
    "article": f"{BATCH}/xfel-council-suspends-russia.txt",
    "target": "Russia",
    "quotes": [
        (P, "Ministry of Science and Higher Education", "illegal", "move \"illegal"),
        (I, "a person who attended the meeting", "The decision was taken at an extraordinary council meeting on "
            "Wednesday by nine of the ten other shareholder countries, with Hungary abstaining", None),
        (D, "Helle Bjerregaard", "This is not a decision anyone on the council took lightly,", None),
        (D, "Helle Bjerregaard", "But a facility that is built on trust between nations cannot pretend that nothing "
            "has happened.", None),
        (I, "Helle Bjerregaard", "Russian scientists already working on experiments at the facility would be allowed "
            "to finish them, and that the measure would be reviewed every six months", None),
        (S, None, "science diplomacy", None),
        (P, "Ministry of Science and Higher Education", "illegal", "vote was \"illegal"),
        (P, "Ministry of Science and Higher Education", "a blow against science itself", None),
        (I, "Ministry of Science and Higher Education", "Russia would seek full compensation for its contributions to "
            "the construction costs", None),
        (D, "Pavel Lukin", "Our scientists built this machine together with their European colleagues. Now they are "
            "told to leave the building,", None),
        (P, "Pavel Lukin", "fully open to partners who respect us", None),
        (P, "Federal Ministry of Research, Technology and Space", "fully supports", None),
        (I, "Federal Ministry of Research, Technology and Space", "Berlin would cover any shortfall in the operating "
            "budget for 2027", None),
        (I, "Olena Kovalchuk", "the decision was overdue", None),
        (D, "Olena Kovalchuk", "For almost four years Russian institutes have kept their seats at the table while our "
            "labs were being shelled. I'm glad that is over,", None),
        (I, "A Russian physicist", "the suspension would mostly hurt young researchers who had nothing to do with the "
            "war", None),
        (D, "A Russian physicist", "The people in the ministry who decided on the war will not lose a minute of sleep "
            "over this,", None),
        (I, "European XFEL", "Russian groups used around 8 per cent of the available beamtime in 2025", None),
    ],
    "actors": [
        actor("Ministry of Science and Higher Education", "government", title="science ministry", affiliation="Russia",
              aliases=["Ministry of Science and Higher Education", "science ministry"], stance=1),
        actor("a person who attended the meeting", "person", title="anonymous council meeting attendee",
              affiliation="European XFEL", aliases=["a person who attended the meeting"], stance=None),
        actor("Helle Bjerregaard", "person", title="council chair", affiliation="European XFEL",
              aliases=["Helle Bjerregaard", "Bjerregaard"], stance=-1),
        actor("Pavel Lukin", "person", title="Deputy Minister of Science and Higher Education", affiliation="Russia",
              aliases=["Pavel Lukin", "Lukin"], stance=1),
        actor("Federal Ministry of Research, Technology and Space", "government", title="research ministry",
              affiliation="Germany", aliases=["Federal Ministry of Research, Technology and Space"], stance=-1),
        actor("Olena Kovalchuk", "person", title="structural biologist",
              affiliation="Institute of Molecular Biology and Genetics (Kyiv)",
              aliases=["Olena Kovalchuk", "Kovalchuk"], stance=-1),
        actor("A Russian physicist", "person", title="anonymous physicist at a German university",
              aliases=["A Russian physicist"], stance=0),
        actor("European XFEL", "organisation", title="research facility", aliases=["European XFEL"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Pakistan Today business/regulation (the telecom regulator fines a mobile operator over outages),
#    headline without speech, "Our Correspondent" and "December 5, 2026" lines, dateline "ISLAMABAD:",
#    straight " and apostrophes, "Rs450 million", "1pc". Regulator "In a press release, ... said A and that B"
#    (one span); "directed Zarnet to credit ..." (directive); chairman with a military title chain "told
#    reporters ... that the regulator would "..." to suspend ..." (partial only), quote with "Awan said";
#    company "said A"; corporate affairs officer Asad Khan "said the outages had been caused by "..." on
#    ... and by ..." (partial only), "He said A", quote with "Khan said"; scare so-called "right of way"
#    charges ("Operators have long complained about" is an act); senator Farhat Khan (same surname, always
#    in full) "said the penalty was "..."" (partial only), "She said the committee had summoned ... and had
#    received "..."" (indirect plus partial); business owner "said A", "she said"; "According to an analyst
#    at Topline Securities, A ..., but B" (one span).
ARTICLES[f"{BATCH}/pta-fines-zarnet-outages.gold.json"] = {
    "article": f"{BATCH}/pta-fines-zarnet-outages.txt",
    "target": "Zarnet Telecom",
    "quotes": [
        (I, "Pakistan Telecommunication Authority", "the company's network had been unavailable for a cumulative 61 "
            "hours in the affected cities and that more than 4.2 million subscribers had been unable to make calls or "
            "use mobile data during the disruptions", None),
        (P, "Tariq Mehmood Awan", "not hesitate", None),
        (D, "Tariq Mehmood Awan", "Consumers pay for a service, and they are entitled to get that service. This is not "
            "a favour the operators are doing to anybody,", None),
        (I, "Zarnet Telecom", "it would challenge the penalty before the Islamabad High Court", None),
        (P, "Asad Khan", "repeated acts of vandalism", None),
        (I, "Asad Khan", "the company had invested Rs12 billion in its network in the province this year alone", None),
        (D, "Asad Khan", "We regret the inconvenience to our customers. But to punish an operator for crimes committed "
            "against it is neither fair nor, frankly, in line with the law,", None),
        (S, None, "right of way", None),
        (P, "Farhat Khan", "too little, too late", None),
        (I, "Farhat Khan", "the committee had summoned Zarnet's management twice since October", None),
        (P, "Farhat Khan", "nothing but excuses", None),
        (I, "Sana Mirza", "she had lost orders worth around Rs200,000 during a three-day outage in November", None),
        (D, "Sana Mirza", "My customers message me on WhatsApp. When the network is down, my shop is closed,", None),
        (I, "an analyst at Topline Securities", "the fine amounts to less than 1pc of Zarnet's annual revenue and is "
            "unlikely to dent its earnings, but a suspension of new connections would hurt the company at a time when "
            "it is competing hard for 4G customers", None),
    ],
    "actors": [
        actor("Pakistan Telecommunication Authority", "government", title="telecom regulator", affiliation="Pakistan",
              aliases=["Pakistan Telecommunication Authority", "PTA"], stance=-1),
        actor("Tariq Mehmood Awan", "person", title="PTA Chairman", affiliation="Pakistan Telecommunication Authority",
              aliases=["Tariq Mehmood Awan", "Awan"], stance=-1),
        actor("Zarnet Telecom", "organisation", title="mobile operator", aliases=["Zarnet Telecom", "Zarnet"],
              stance=1),
        actor("Asad Khan", "person", title="chief corporate affairs officer", affiliation="Zarnet Telecom",
              aliases=["Asad Khan", "Khan"], stance=1),
        actor("Farhat Khan", "person", title="Senator, chair of the Senate Standing Committee on Information "
              "Technology and Telecommunication", affiliation="Senate of Pakistan", aliases=["Farhat Khan"],
              stance=-1),
        actor("Sana Mirza", "person", title="online clothing business owner", aliases=["Sana Mirza", "Mirza"],
              stance=-1),
        actor("an analyst at Topline Securities", "person", title="anonymous analyst", affiliation="Topline Securities",
              aliases=["an analyst at Topline Securities"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Sur in English (Málaga) culture (a museum's new director scraps free Sunday afternoons), headline
#    without speech, standfirst "... the city's neighbours' federation calls it "a tax on locals"" (partial for
#    the federation, the entity it names), "NAME / Málaga" byline and "Friday, 4 December 2026, 12:47" lines,
#    straight " and apostrophes, British punctuation outside closing marks. Lede content before "the museum's
#    new director, Lucía Ordóñez, announced on Thursday", content before ", she said"; "said the Sunday scheme
#    had become "..."" (partial only), quote with "she told SUR" and a quote-only paragraph; "According to the
#    museum, A"; federation president with a word-like surname (Antonio Salvador) "said the change amounted to
#    "..." so that ..." (partial only), quote with "Salvador said"; "In a statement, Unidad said A"; scare
#    so-called "cruise rush"; councillor "defended the museum" (act), "She said A and that the city would
#    "..."" (indirect plus partial); party group "described the decision as "..."" (partial only); visitor
#    "said ten euros was "..." for ..." (partial only); pensioner "who said he had come "..." since ..."
#    (partial only), then "he said". "Visitors ... were divided" is not speech.
ARTICLES[f"{BATCH}/carmen-thyssen-free-sundays.gold.json"] = {
    "article": f"{BATCH}/carmen-thyssen-free-sundays.txt",
    "target": "Lucía Ordóñez",
    "quotes": [
        (P, "Unidad", "a tax on locals", "calls it \"a tax"),
        (I, "Lucía Ordóñez", "Free admission on Sunday afternoons at Málaga's Museo Carmen Thyssen will end in "
            "February", None),
        (I, "Lucía Ordóñez", "Instead, residents of the province will be able to visit for free on the first Wednesday "
            "of every month, and the museum will stay open until 10pm on Fridays from June to September", None),
        (P, "Lucía Ordóñez", "a victim of its own success", None),
        (D, "Lucía Ordóñez", "On some Sundays we had 1,500 people in three hours, in rooms designed for a few hundred. "
            "It was not good for the paintings and it was not good for the visitors,", None),
        (D, "Lucía Ordóñez", "We are not closing the door to anybody. We are opening it at different times.", None),
        (I, "Museo Carmen Thyssen", "the Sunday afternoon scheme attracted 61,000 visitors last year, almost a third of "
            "its total", None),
        (P, "Antonio Salvador", "a tax on locals", "amounted to \"a tax"),
        (D, "Antonio Salvador", "The people who live in the centre already put up with the noise, the rents and the "
            "tourist flats. The one thing we had was this, and now they take it away,", None),
        (I, "Unidad", "it would collect signatures against the measure and present them to the city council in "
            "January", None),
        (S, None, "cruise rush", None),
        (I, "Mariana Paz", "the new timetable was a matter for the museum's board", None),
        (P, "Mariana Paz", "respect the director's criteria", None),
        (P, "Socialist group", "one more step towards a theme-park city", None),
        (P, "Ingrid Halvorsen", "perfectly reasonable", None),
        (P, "Rafael Moreno", "almost every Sunday", None),
        (D, "Rafael Moreno", "I'm a pensioner. Ten euros is ten euros,", None),
    ],
    "actors": [
        actor("Unidad", "organisation", title="neighbours' federation", affiliation="Málaga",
              aliases=["Unidad", "neighbours' federation"], stance=-1),
        actor("Lucía Ordóñez", "person", title="director", affiliation="Museo Carmen Thyssen",
              aliases=["Lucía Ordóñez", "Ordóñez"], stance=1),
        actor("Museo Carmen Thyssen", "organisation", title="museum",
              aliases=["Museo Carmen Thyssen", "Carmen Thyssen museum", "museum"], stance=None),
        actor("Antonio Salvador", "person", title="president", affiliation="Unidad",
              aliases=["Antonio Salvador", "Salvador"], stance=-1),
        actor("Mariana Paz", "person", title="councillor for Culture", affiliation="Málaga city council",
              aliases=["Mariana Paz", "Paz"], stance=1),
        actor("Socialist group", "group", title="opposition group on the city council", affiliation="PSOE",
              aliases=["Socialist group"], stance=-1),
        actor("Ingrid Halvorsen", "person", title="retired teacher, visitor", aliases=["Ingrid Halvorsen", "Halvorsen"],
              stance=1),
        actor("Rafael Moreno", "person", title="pensioner, visitor", aliases=["Rafael Moreno", "Moreno"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. PerthNow crime (a stolen car fleeing police crashes, the family questions the chase), headline without
#    speech, "NAME" / "PerthNow" / "Thu, 3 December 2026 4:30PM" lines, straight " and apostrophes, photo
#    caption ending "(Picture: 9News Perth)", "READ MORE:" line, "Ms Ryder". Lede "have questioned why ..." (a
#    question, not annotated); content before "police said on Thursday"; "Police said A, and that B" (one
#    span); Acting Assistant Commissioner "said A and was B" (one span), quote with "he said" and a
#    quote-only paragraph; Q&A "Asked whether ..., Acting Assistant Commissioner Pavlovic said A"; aunt
#    "told PerthNow the family had been given "..." by police" (partial only), quote with "Ms Ryder said",
#    "Ms Ryder said A"; anonymous neighbour "said she had heard sirens "..."" (partial only); minister "said
#    A"; legal service "said it had raised concerns ... "..." and called for ..." (partial only; directive);
#    scare "likes"; content before "according to WA Police figures".
ARTICLES[f"{BATCH}/mirrabooka-pursuit-crash-wa-police.gold.json"] = {
    "article": f"{BATCH}/mirrabooka-pursuit-crash-wa-police.txt",
    "target": "WA Police",
    "quotes": [
        (I, "WA Police", "The girl, a passenger in the stolen Holden Commodore, remains in a critical but stable "
            "condition at Perth Children's Hospital", None),
        (I, "WA Police", "officers tried to stop the car on Reid Highway about 11.40pm on Tuesday after it was detected "
            "by a number plate recognition camera, and that they had followed all pursuit procedures", None),
        (I, "Craig Pavlovic", "the pursuit lasted less than four minutes and was called off seconds before the crash",
            None),
        (D, "Craig Pavlovic", "Our officers followed the policy. They assessed the risk the whole way, and when that "
            "risk became too high, they pulled out,", None),
        (D, "Craig Pavlovic", "Nobody wants to see a young person in hospital. But the people responsible for this are "
            "the people who stole that car and chose to drive it the way they did.", None),
        (I, "Craig Pavlovic", "the crash would be examined by the Internal Affairs Unit, as are all pursuits that end "
            "in serious injury", None),
        (P, "Shanae Ryder", "almost no information", None),
        (D, "Shanae Ryder", "She's 16. She made a bad choice getting in that car, we know that. But she didn't deserve "
            "to have her head smashed open because police wanted to win a car chase,", None),
        (I, "Shanae Ryder", "the family had been told by a witness that a police car was still behind the Commodore "
            "when it hit a power pole", None),
        (P, "A neighbour", "right up until the bang", None),
        (I, "Dean Whitfield", "he had full confidence in the force's pursuit policy", None),
        (P, "Aboriginal Legal Service of WA", "for more than a decade", None),
        (S, None, "likes", None),
        (I, "WA Police", "More than 1,100 drivers failed to stop for police in WA last financial year, more than double "
            "the number in 2020-21", None),
    ],
    "actors": [
        actor("WA Police", "organisation", title="state police force", affiliation="Western Australia",
              aliases=["WA Police", "police"], stance=1),
        actor("Craig Pavlovic", "person", title="Acting Assistant Commissioner", affiliation="WA Police",
              aliases=["Craig Pavlovic", "Pavlovic"], stance=1),
        actor("Shanae Ryder", "person", title="the girl's aunt", aliases=["Shanae Ryder", "Ryder"], stance=-1),
        actor("A neighbour", "person", title="anonymous neighbour", aliases=["A neighbour"], stance=-1),
        actor("Dean Whitfield", "person", title="Police Minister", affiliation="Government of Western Australia",
              aliases=["Dean Whitfield", "Whitfield"], stance=1),
        actor("Aboriginal Legal Service of WA", "organisation", title="legal service",
              aliases=["Aboriginal Legal Service of WA"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
