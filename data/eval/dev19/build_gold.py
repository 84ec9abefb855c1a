"""Build the dev19 gold files (data/eval/dev19/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev12/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev19/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev19.  Standard library only.
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
# 1. AP Washington national story, dateline "WASHINGTON (AP) —", straight quotes and apostrophes,
#    punctuation inside closing marks. Lede content before "the agency said Thursday" (the
#    writer's "a plan that drew ..." not included). Cabinet secretary "said A and would put "..."
#    (indirect plus partial), then a long quote with "X told reporters" after it. Scare
#    "service hubs," (the plan's term in the writer's sentence). Party-state tags in two shapes:
#    "Sen. Maren Holt (D-Ore.)" and "Rep. Cody Brannigan, R-Texas,". "called the plan "..."" (partial
#    only); "said in an interview with The Associated Press". "wrote on X that A "..." and that B"
#    (partial for A, indirect for B). Chief's letter "saying A and that B "..."" (indirect for A,
#    partial only for B; the letter speaks for its author). Hearing exchange in prose: Ridley and
#    Castellanos alternate ("pressed ... on how long ..." is a reported question, not annotated).
#    "countered that A and that B" (one span). Advocacy group statement (partial only), "The group
#    said" (indirect). Former ranger's quote runs over two paragraphs and is attributed only in the
#    second ("said X, 66, who ...").
ARTICLES["data/eval/dev19/forest-service-ranger-station-closures.gold.json"] = {
    "article": "data/eval/dev19/forest-service-ranger-station-closures.txt",
    "target": "U.S. Forest Service",
    "quotes": [
        (I, "U.S. Forest Service", "The U.S. Forest Service will close 31 ranger station offices in 14 states by "
            "next spring and move their staff into regional hubs", None),
        (I, "Dale Whitcomb", "the consolidation would save about $48 million a year", None),
        (P, "Dale Whitcomb", "more boots on the ground, not fewer.", None),
        (D, "Dale Whitcomb", "We have ranger stations that were built for a Forest Service that rode horses. Most "
            "of the people who visit a national forest today never set foot in one. They buy their permits on "
            "their phones,", None),
        (S, None, "service hubs,", None),
        (P, "Maren Holt", "a closing-down sale for rural America.", None),
        (D, "Maren Holt", "When a fire starts at 2 in the morning outside Oakridge, the people who know those "
            "roads are the people in that ranger station. You cannot run that from an office park in Boise,",
            None),
        (P, "Cody Brannigan", "by people who have never driven a logging road", None),
        (I, "Cody Brannigan", "he had asked the agency's chief to testify before the House Natural Resources "
            "Committee", None),
        (I, "Linda Oyelaran", "no front-line firefighting jobs would be cut", None),
        (P, "Linda Oyelaran", "that have sat open for years in places we simply cannot recruit to.", None),
        (D, "Tom Ridley", "Give me a number,", None),
        (D, "Tom Ridley", "Two hours? Four?", None),
        (D, "Aaron Castellanos", "It depends on the incident, congressman,", None),
        (D, "Tom Ridley", "That's what I was afraid of,", None),
        (I, "Aaron Castellanos", "crews would be stationed closer to high-risk areas during the summer fire "
            "season and that the agency's aircraft were not affected by the plan", None),
        (P, "Public Lands Access Coalition", "leave millions of acres without a single federal employee within "
            "an hour's drive.", None),
        (I, "Public Lands Access Coalition", "a petition opposing the plan had gathered more than 40,000 "
            "signatures in a week", None),
        (D, "Marcy Dunlap", "People come in to ask where a road is washed out, where the elk are, whether they "
            "can cut a Christmas tree. They come in when their kid is lost.", None),
        (D, "Marcy Dunlap", "You don't do that with an app,", None),
    ],
    "actors": [
        actor("U.S. Forest Service", "government", title="federal agency (Department of Agriculture)",
              aliases=["U.S. Forest Service", "Forest Service", "the agency"], stance=1),
        actor("Dale Whitcomb", "person", title="Agriculture Secretary", affiliation="U.S. Department of Agriculture",
              aliases=["Dale Whitcomb", "Whitcomb"], stance=1),
        actor("Maren Holt", "person", title="U.S. senator (D-Ore.)", affiliation="Democratic Party",
              aliases=["Maren Holt", "Holt"], stance=-1),
        actor("Cody Brannigan", "person", title="U.S. representative (R-Texas)", affiliation="Republican Party",
              aliases=["Cody Brannigan", "Brannigan"], stance=-1),
        actor("Linda Oyelaran", "person", title="Forest Service Chief", affiliation="U.S. Forest Service",
              aliases=["Linda Oyelaran", "Oyelaran"], stance=1),
        actor("Tom Ridley", "person", title="U.S. representative (R-Idaho)", affiliation="Republican Party",
              aliases=["Tom Ridley", "Ridley"], stance=-1),
        actor("Aaron Castellanos", "person", title="deputy chief for operations", affiliation="U.S. Forest Service",
              aliases=["Aaron Castellanos", "Castellanos"], stance=1),
        actor("Public Lands Access Coalition", "organisation",
              title="advocacy group for hunters, anglers and outfitters",
              aliases=["Public Lands Access Coalition", "The group"], stance=-1),
        actor("Marcy Dunlap", "person", title="retired district ranger (66), Sweet Home, Oregon",
              affiliation="U.S. Forest Service (retired)", aliases=["Marcy Dunlap", "Dunlap"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Reuters Asia business, dateline "SEOUL, Oct 28 (Reuters) -", straight quotes and apostrophes,
#    punctuation inside closing marks. Lede content before "the company said on Tuesday" (the
#    writer's "the latest sign ..." not included). Figure before "according to a regulatory filing"
#    (the filing speaks for the company). Korean executives named surname first, by surname after
#    first mention: CEO's quote split by "Chief Executive X told analysts on an earnings call";
#    "Kwon, who ..., acknowledged that the company had "..." in 2022 and 2023, when ..." (partial
#    only); "He said A, but that B "..."" (indirect for A, partial only for B). CFO "said A"
#    (indirect), "declined to give a forecast" (not annotated), "saying ... "..." since September"
#    (partial only). Group "Analysts said". Analyst named after her first stretch ("said X, a ...
#    analyst at ..., who cut ..."), resumed. Second analyst "argued that" (indirect), then "Menon
#    said". Anonymous source (indirect; "declined to be identified"/"declined to comment" not
#    annotated). Ministry "described A as "..." and said B" (partial plus indirect).
#    "(Reporting by ...)" line not annotated.
ARTICLES["data/eval/dev19/dongmyung-energy-capex-cut.gold.json"] = {
    "article": "data/eval/dev19/dongmyung-energy-capex-cut.txt",
    "target": "Dongmyung Energy",
    "quotes": [
        (I, "Dongmyung Energy", "South Korean battery maker Dongmyung Energy will cut capital spending next year "
            "by about half and delay the opening of its second plant in Hungary by at least 18 months", None),
        (I, "Dongmyung Energy", "The company swung to a third-quarter operating loss of 212 billion won ($153 "
            "million) from a profit of 96 billion won a year earlier", None),
        (D, "Kwon Tae-sung", "We built for a market that was growing 40% a year. It is growing 10%,", None),
        (D, "Kwon Tae-sung", "We would rather be late than be stuck with factories that run half empty.", None),
        (P, "Kwon Tae-sung", "over-invested", None),
        (I, "Kwon Tae-sung", "the joint venture plant in Tennessee would stay on schedule because its partner had "
            "committed to buying most of its output", None),
        (P, "Kwon Tae-sung", "indefinitely.", None),
        (I, "Han Ji-yeon", "the cuts would bring spending down to about 2.3 trillion won in 2026 from 4.5 trillion "
            "won this year", None),
        (P, "Han Ji-yeon", "very hard to read", None),
        (I, "Analysts", "the cut was deeper than expected but overdue", None),
        (D, "Lim Soo-ah", "The market was hoping for a trim. This is surgery,", None),
        (D, "Lim Soo-ah", "But Dongmyung had the weakest balance sheet of the big Korean cell makers. It had to "
            "stop the bleeding.", None),
        (I, "Rahul Menon", "the retreat could cost Dongmyung customers to Chinese rivals, which are still adding "
            "capacity and selling cheaper lithium iron phosphate cells", None),
        (D, "Rahul Menon", "Once a European carmaker qualifies a Chinese supplier, it doesn't come back,", None),
        (I, "person with direct knowledge of the matter", "Dongmyung was also considering selling a minority stake "
            "in its cathode materials unit and had held early talks with two private equity firms", None),
        (P, "Ministry of Trade, Industry and Energy", "a rational adjustment to market conditions", None),
        (I, "Ministry of Trade, Industry and Energy", "it would meet executives from the country's three largest "
            "battery makers next week to discuss financing support", None),
    ],
    "actors": [
        actor("Dongmyung Energy", "organisation", title="South Korean battery maker",
              aliases=["Dongmyung Energy", "Dongmyung", "the company"], stance=0),
        actor("Kwon Tae-sung", "person", title="chief executive", affiliation="Dongmyung Energy",
              aliases=["Kwon Tae-sung", "Kwon"], stance=1),
        actor("Han Ji-yeon", "person", title="chief financial officer", affiliation="Dongmyung Energy",
              aliases=["Han Ji-yeon", "Han"], stance=0),
        actor("Analysts", "group", title="analysts", aliases=["Analysts"], stance=0),
        actor("Lim Soo-ah", "person", title="battery analyst", affiliation="Hanwol Securities (Seoul)",
              aliases=["Lim Soo-ah", "Lim"], stance=0),
        actor("Rahul Menon", "person", title="head of Asia autos research",
              affiliation="Pacific Crest Partners (Hong Kong)", aliases=["Rahul Menon", "Menon"], stance=-1),
        actor("person with direct knowledge of the matter", "person", title="anonymous source",
              aliases=["person with direct knowledge of the matter", "The person"], stance=None),
        actor("Ministry of Trade, Industry and Energy", "government", title="South Korean ministry",
              aliases=["Ministry of Trade, Industry and Energy"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. BBC News consumer story (UK retailer), curly ‘ ’ in the headline and “ ” in the body, ’
#    apostrophes (We’ve, I’m, That’s inside quotes; Council’s, else’s), full stops and commas
#    outside fragment quotes. Headline fragment ‘sorry’ -> Harcourt Home (the entity the headline
#    names; the statement's "truly sorry" sits inside a direct quote). Lede "Customers ... say A,
#    and that B" (present tense, one span, group). Consumer group "said A and urged it to ..."
#    (indirect; the directive not annotated). "has blamed “...”" (partial). Customers by first name
#    and age: Sarah ("she told BBC News", a quote-only paragraph continuing her, "She said"),
#    Graham ("Graham, 71, ..., said A", then a quote split by "he said"). Scare: a Facebook group
#    name. Expert "said: “...”", "She added that". Firm's statement "said: “...”"; its spokeswoman is
#    her own actor ("A spokeswoman for the company said", then "she said"). Trading standards
#    "confirmed A and was “...”" (indirect plus partial).
ARTICLES["data/eval/dev19/harcourt-home-sofa-delays.gold.json"] = {
    "article": "data/eval/dev19/harcourt-home-sofa-delays.txt",
    "target": "Harcourt Home",
    "quotes": [
        (P, "Harcourt Home", "sorry", "Harcourt Home \u2018sorry"),
        (I, "Customers", "they have waited up to seven months for sofas they paid for in full, and that calls to "
            "its helpline go unanswered for hours", None),
        (I, "Which?", "it had received more than 900 complaints about the company since June", None),
        (P, "Harcourt Home", "unprecedented disruption", None),
        (D, "Sarah", "We got rid of our old one because the date was confirmed. We\u2019ve been sitting on garden "
            "chairs in the living room ever since,", None),
        (D, "Sarah", "Every time I ring, I\u2019m told it\u2019s on the next lorry. There is no next lorry.", None),
        (I, "Sarah", "the company had offered her a \u00a350 voucher as a goodwill gesture", None),
        (I, "Graham", "he had paid \u00a31,480 in February for a riser recliner chair for his wife after her hip "
            "replacement", None),
        (D, "Graham", "She needs it to get out of a chair on her own. That\u2019s not a luxury,", None),
        (D, "Graham", "I\u2019ve written to them three times and had one email back, and that had someone else\u2019s "
            "name on it.", None),
        (S, None, "Harcourt Home Waiting Room", None),
        (D, "Lisa Okonjo", "If a delivery date was agreed and the retailer has missed it, customers have the right "
            "to cancel and get their money back in full. A voucher is not a refund.", None),
        (I, "Lisa Okonjo", "anyone who had paid more than \u00a3100 by credit card could also claim from their card "
            "provider under Section 75 of the Consumer Credit Act", None),
        (D, "Harcourt Home", "We are truly sorry to every customer who has been let down. We have taken on 40 extra "
            "staff in our customer service team and expect to clear the backlog by the end of November.", None),
        (I, "spokeswoman for the company", "customers whose orders were more than 16 weeks late could already ask "
            "for a full refund", None),
        (D, "spokeswoman for the company", "Nobody has to accept a voucher,", None),
        (I, "Wiltshire Council\u2019s trading standards team", "it had received complaints about the firm", None),
        (P, "Wiltshire Council\u2019s trading standards team", "looking into them", None),
    ],
    "actors": [
        actor("Harcourt Home", "organisation", title="furniture retailer (46 showrooms)",
              aliases=["Harcourt Home", "the company", "the firm"], stance=1),
        actor("Customers", "group", title="customers of Harcourt Home", aliases=["Customers"], stance=-1),
        actor("Which?", "organisation", title="consumer group", aliases=["Which?"], stance=-1),
        actor("Sarah", "person", title="customer (38), Swindon", aliases=["Sarah"], stance=-1),
        actor("Graham", "person", title="customer, retired bus driver (71), Wrexham", aliases=["Graham"],
              stance=-1),
        actor("Lisa Okonjo", "person", title="consumer rights expert", affiliation="Which?",
              aliases=["Lisa Okonjo", "Okonjo"], stance=-1),
        actor("spokeswoman for the company", "person", title="spokeswoman", affiliation="Harcourt Home",
              aliases=["spokeswoman for the company"], stance=1),
        actor("Wiltshire Council\u2019s trading standards team", "government", title="trading standards team",
              affiliation="Wiltshire Council", aliases=["Wiltshire Council\u2019s trading standards team"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. British sports desk doping story, curly single quotes ‘ ’ throughout with ’ apostrophes
#    inside (doesn’t) and outside (cycling’s, Kjeldsen’s, team’s) quotes; full stops outside
#    fragment quotes. Headline without quote marks. Lede content before "cycling’s world governing
#    body, the UCI, said on Friday". "denies wrongdoing" (no proposition, not annotated). Rider's
#    statement issued through his lawyers: "said he had ‘...’ and that B" (partial plus indirect),
#    then "the statement said" (direct; the statement speaks for the rider). Lawyer "said A"
#    (indirect), named after her quote ("said Holm, a ... lawyer who ..."), then resumed; "Asked
#    whether ..." not annotated, the answer after "Holm said:" is. Scare so-called ‘no significant
#    fault’ provision. Governing body "said A and that it would make ‘...’ ..." (indirect plus
#    partial). Team "said A and would ‘...’" (indirect plus partial). General manager "was quoted as
#    saying by the Danish newspaper Politiken" (split quote, two direct entries). Agent "conceded
#    that", then "he told the Italian broadcaster RAI". Former rider "wrote on X: ‘...’".
ARTICLES["data/eval/dev19/kjeldsen-chlortalidone-positive.gold.json"] = {
    "article": "data/eval/dev19/kjeldsen-chlortalidone-positive.txt",
    "target": "Jonas Kjeldsen",
    "quotes": [
        (I, "UCI", "Danish rider Jonas Kjeldsen has been provisionally suspended after a urine sample he gave at "
            "the Tour de Suisse in June tested positive for the banned diuretic chlortalidone", None),
        (P, "Jonas Kjeldsen", "never knowingly taken a prohibited substance", None),
        (I, "Jonas Kjeldsen", "he would ask for his B sample to be analysed", None),
        (D, "Jonas Kjeldsen", "I have built my whole life around this sport. I would not throw it away for a pill "
            "that doesn\u2019t even make you faster,", None),
        (I, "Karina Holm", "the defence would show that the substance had come from a contaminated batch of an "
            "electrolyte supplement that Kjeldsen bought from a pharmacy in Lugano during the race", None),
        (D, "Karina Holm", "The concentration was tiny, around four nanograms per millilitre,", None),
        (D, "Karina Holm", "That is not what you see in someone who is trying to cheat. That is what you see in "
            "someone who has been unlucky.", None),
        (D, "Karina Holm", "He already has. He is at home in Aarhus with his family.", None),
        (S, None, "no significant fault", None),
        (I, "UCI", "the rider had the right to request the analysis of his B sample", None),
        (P, "UCI", "no further comment", None),
        (I, "Vektor\u2013Nordlys", "it had withdrawn Kjeldsen from its Vuelta a Espa\u00f1a line-up", None),
        (P, "Vektor\u2013Nordlys", "respect the process", None),
        (D, "Anders Vinther", "We were as shocked as everyone,", None),
        (D, "Anders Vinther", "Jonas has been tested more than 40 times this season. Every one of those tests was "
            "clean until this one.", None),
        (I, "Luca Bernasconi", "talks on a contract extension with the team had been put on hold", None),
        (D, "Luca Bernasconi", "Nobody is signing anything this week. But I have spoken to Jonas every day, and I "
            "believe him,", None),
        (D, "Niels Egebjerg", "Every positive test comes with a supplement. I used the same line myself. Let the B "
            "sample speak first.", None),
    ],
    "actors": [
        actor("UCI", "organisation", title="cycling's world governing body", aliases=["UCI"], stance=0),
        actor("Jonas Kjeldsen", "person", title="professional cyclist (27)", affiliation="Vektor\u2013Nordlys",
              aliases=["Jonas Kjeldsen", "Kjeldsen", "Jonas", "The 27-year-old", "the rider"], stance=1),
        actor("Karina Holm", "person", title="sports lawyer (Copenhagen)", affiliation="Kjeldsen's legal team",
              aliases=["Karina Holm", "Holm"], stance=1),
        actor("Vektor\u2013Nordlys", "organisation", title="professional cycling team",
              aliases=["Vektor\u2013Nordlys"], stance=0),
        actor("Anders Vinther", "person", title="general manager", affiliation="Vektor\u2013Nordlys",
              aliases=["Anders Vinther", "Vinther"], stance=1),
        actor("Luca Bernasconi", "person", title="agent", affiliation="Jonas Kjeldsen",
              aliases=["Luca Bernasconi", "Bernasconi"], stance=1),
        actor("Niels Egebjerg", "person", title="former professional cyclist and anti-doping campaigner",
              aliases=["Niels Egebjerg", "Egebjerg"], stance=-1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
