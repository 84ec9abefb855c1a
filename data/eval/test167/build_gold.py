"""Build the test167 gold files (data/eval/test167/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev225/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test167/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test167.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test167"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Sarawak Tribune (Malaysia) local government (a city council's plan to move hawkers to a car park while their
#    food centre is rebuilt), headline with a straight single fragment "... at 'end of its life', says MBKS",
#    byline, dateline "KUCHING, Jan 14:", straight double quotes, "RM"; association chairman named after his quote,
#    then a quote-only paragraph, "He said A and would B" (one span); mayor "defended the plan, saying ... had reached
#    "..."" (partial only), quote with "Wee told reporters", "He added that A, and that B" (one span), Q&A "Asked
#    whether ..., he replied: "...""; "According to the council, A"; hawker "said A", quote with nested 'Auntie, ...?'
#    and "she said"; anonymous "Another hawker, who declined to be named, said A"; assemblyman "described ... as "..."
#    and said B" (partial plus indirect), "he said in a statement"; scare so-called "phased rebuild"; deputy mayor
#    "said A", "Nazri said" (Malay naming); photo caption with credit.
ARTICLES[f"{BATCH}/jalan-nanas-hawker-centre-relocation.gold.json"] = {
    "article": f"{BATCH}/jalan-nanas-hawker-centre-relocation.txt",
    "target": "Kuching South City Council",
    "quotes": [
        (P, "Kuching South City Council", "end of its life", None),
        (D, "Abang Zulkifli Abang Hamid", "We are not against a new building. We are against being sent to a car park "
            "where nobody will find us,", None),
        (D, "Abang Zulkifli Abang Hamid", "The council gave us one meeting, only one. They showed us some slides, then "
            "they told us the date.", None),
        (I, "Abang Zulkifli Abang Hamid", "the association had collected 412 signatures from hawkers and regular "
            "customers and would hand a memorandum to the Mayor on Friday", None),
        (P, "Wee Hong Seng", "the end of their life", None),
        (D, "Wee Hong Seng", "Every monsoon we patch the roof, and every monsoon it leaks again. We cannot keep putting "
            "our hawkers and the public at risk,", None),
        (I, "Wee Hong Seng", "the temporary site would have a canopy, proper lighting and 120 parking bays, and that "
            "hawkers would pay no rental for the first six months", None),
        (D, "Wee Hong Seng", "The tender has been awarded. What we can still discuss is how to make the move easier for "
            "everyone.", None),
        (I, "Kuching South City Council", "the contractor has been given 18 months to complete the work", None),
        (I, "Chong Siew Lan", "her takings had already dropped since news of the move spread", None),
        (D, "Chong Siew Lan", "Customers ask me, 'Auntie, where are you going?' I tell them I also don't know,", None),
        (I, "Another hawker", "several operators were thinking of giving up their licences rather than move twice", None),
        (P, "Lo Kiat Min", "an afterthought", None),
        (I, "Lo Kiat Min", "MBKS should rebuild the centre one half at a time so that some hawkers could stay on site",
            None),
        (D, "Lo Kiat Min", "This is not about a building. This is about 86 families' rice bowls,", None),
        (S, None, "phased rebuild", None),
        (I, "Mohd Nazri Sulaiman", "the option was dropped because it would have added about a year and RM1.2 million to "
            "the cost of the project", None),
        (D, "Mohd Nazri Sulaiman", "We studied it properly. Two construction sites in one small compound is also not "
            "safe for the hawkers,", None),
    ],
    "actors": [
        actor("Kuching South City Council", "government", title="city council", affiliation="Kuching, Sarawak",
              aliases=["Kuching South City Council", "MBKS", "the council"], stance=1),
        actor("Abang Zulkifli Abang Hamid", "person", title="chairman, laksa hawker",
              affiliation="Jalan Nanas Hawkers Association", aliases=["Abang Zulkifli Abang Hamid", "Abang Zulkifli"],
              stance=-1),
        actor("Wee Hong Seng", "person", title="Mayor", affiliation="Kuching South City Council",
              aliases=["Datuk Wee Hong Seng", "Wee Hong Seng", "Wee", "the Mayor"], stance=1),
        actor("Chong Siew Lan", "person", title="kolo mee stall operator, 54", affiliation=None,
              aliases=["Chong Siew Lan", "Chong"], stance=-1),
        actor("Another hawker", "person", title="hawker (anonymous)", affiliation=None, aliases=["Another hawker"],
              stance=-1),
        actor("Lo Kiat Min", "person", title="Padungan assemblyman", affiliation=None,
              aliases=["Dr Lo Kiat Min", "Lo Kiat Min", "Lo"], stance=-1),
        actor("Mohd Nazri Sulaiman", "person", title="deputy mayor", affiliation="Kuching South City Council",
              aliases=["Mohd Nazri Sulaiman", "Nazri"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Public Eye (Lesotho) labour/courts (the Labour Court orders a textile factory to reinstate dismissed strikers),
#    headline without speech, byline, dateline "MASERU –", British curly single quotes ‘ ’ with ’ apostrophes, and
#    Sesotho names and honorifics that begin with ’ (’Mamosa, ’Mathato, ’Me), "M" (maloti); lede "with the presiding
#    judge describing the dismissals as ‘...’" (speaker named in the next paragraph); judge "said A, and that B" (one
#    span), "she said", "She added that ... was ‘...’" (partial only); scare so-called ‘no work, no pay’ rule; union
#    leader "described the ruling as ‘...’", quote with "he said", then a quote-only paragraph; lawyer "told Public
#    Eye that A and was ‘likely’ to appeal" (indirect plus partial), "He said A, and that the company had acted ‘...’"
#    (indirect plus partial), quote with "Makhetha said"; group "Dismissed workers gathered outside the court said A";
#    worker named after her quote, then "Mokoena said A"; ministry spokesperson in an apposition "said A and would
#    ‘...’" (indirect plus partial); "According to the Lesotho National Development Corporation (LNDC), ..., A";
#    photo caption with credit.
ARTICLES[f"{BATCH}/thaba-textiles-strikers-reinstated.gold.json"] = {
    "article": f"{BATCH}/thaba-textiles-strikers-reinstated.txt",
    "target": "Thaba Textiles (Pty) Ltd",
    "quotes": [
        (P, "’Mamosa Lebona", "procedurally and substantively unfair", None),
        (I, "’Mamosa Lebona", "the company had dismissed the workers by SMS without giving any of them a hearing, and "
            "that it had failed to show that the strike was unprotected", None),
        (D, "’Mamosa Lebona", "An employer cannot fire more than 300 people with a text message and then ask this court "
            "to call it discipline,", None),
        (P, "’Mamosa Lebona", "thin to the point of invisibility", None),
        (S, None, "no work, no pay", None),
        (P, "Tšepo Ramakatane", "a victory for every worker in Thetsane", None),
        (D, "Tšepo Ramakatane", "For four months these women have been selling vegetables on the roadside to feed their "
            "children. Some were chased out of their rooms in Ha Tsosane because they could not pay rent,", None),
        (D, "Tšepo Ramakatane", "Today the court has told them they were right. Now we want Thaba Textiles to open the "
            "gate on Monday morning, not in 30 days.", None),
        (I, "Thabo Makhetha", "his client would study the judgment", None),
        (P, "Thabo Makhetha", "likely", None),
        (I, "Thabo Makhetha", "the strike had cost the factory an order worth US$1.1 million from a buyer in the United "
            "States", None),
        (P, "Thabo Makhetha", "to save the jobs of the other 900 workers", None),
        (D, "Thabo Makhetha", "We respect the court, but we believe it did not properly consider the evidence that the "
            "strike was called without notice,", None),
        (I, "Dismissed workers gathered outside the court", "they had still not been paid for the days they worked in "
            "August before the strike", None),
        (D, "’Mathato Mokoena", "I have three children and my husband is in Johannesburg without papers. I borrowed "
            "money from a moneylender at 50 percent interest,", None),
        (I, "’Mathato Mokoena", "she would go back to her machine on the first day the gate opened", None),
        (I, "Nthabiseng Sekhesa", "the ministry had tried to mediate between the parties in September", None),
        (P, "Nthabiseng Sekhesa", "respect the court’s decision", None),
        (I, "Lesotho National Development Corporation", "the textile and clothing sector employs about 40,000 people, "
            "down from 45,000 in 2022", None),
    ],
    "actors": [
        actor("’Mamosa Lebona", "person", title="Deputy President of the Labour Court (presiding judge)",
              affiliation="Labour Court", aliases=["’Mamosa Lebona", "Lebona", "the presiding judge"], stance=-1),
        actor("Tšepo Ramakatane", "person", title="secretary general",
              affiliation="Lesotho Factory Workers Union (LFWU)", aliases=["Tšepo Ramakatane", "Ramakatane"],
              stance=-1),
        actor("Thabo Makhetha", "person", title="Advocate, the company's lawyer", affiliation="Thaba Textiles (Pty) Ltd",
              aliases=["Advocate Thabo Makhetha", "Thabo Makhetha", "Makhetha"], stance=1),
        actor("Dismissed workers gathered outside the court", "group", title="dismissed workers", affiliation=None,
              aliases=["Dismissed workers gathered outside the court"], stance=-1),
        actor("’Mathato Mokoena", "person", title="dismissed worker, 34", affiliation=None,
              aliases=["’Me ’Mathato Mokoena", "’Mathato Mokoena", "Mokoena"], stance=-1),
        actor("Nthabiseng Sekhesa", "person", title="spokesperson", affiliation="Ministry of Labour and Employment",
              aliases=["Nthabiseng Sekhesa", "Sekhesa"], stance=0),
        actor("Lesotho National Development Corporation", "organisation", title="development corporation (landlord "
              "of the factory shells)", affiliation="Lesotho",
              aliases=["Lesotho National Development Corporation", "LNDC"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Slovak Spectator (Slovakia) culture/politics (the culture minister fires the national gallery's director),
#    headline with a curly fragment "Culture minister fires ... over “chaos” in finances", standfirst without speech,
#    byline, curly “ ” and ’, "€"; lede "saying an internal audit had uncovered “chaos”" (partial only); ministry
#    "said in a statement that A, and that B" (one span); minister "said in a video posted on Facebook ...: “...",
#    open at the end of its line, then a closed paragraph; director "called her dismissal “...” and said B" (partial
#    plus indirect), split quote "“A,” she told The Slovak Spectator on Wednesday. “B.”", "She said A"; the
#    employees' open letter, split quote "“A,” the employees wrote. “B.”" ("demanding her reinstatement": a
#    directive); scare so-called “cultural turn”; opposition MP "described the audit as “...” and said B"; coalition
#    MP's "defended the minister" (act), then a quote with "Dubec said"; painter "said A", "he said"; ICOM committee
#    "said it was following the case with concern and that B" (one span); "has not said who ..." (negated); caption.
ARTICLES[f"{BATCH}/slovak-national-gallery-director-fired.gold.json"] = {
    "article": f"{BATCH}/slovak-national-gallery-director-fired.txt",
    "target": "Rastislav Hurban",
    "quotes": [
        (P, "Rastislav Hurban", "chaos", "Culture minister fires"),
        (P, "Rastislav Hurban", "chaos", "Culture Minister Rastislav Hurban dismissed"),
        (I, "Culture Ministry", "the audit had identified contracts worth €1.8 million signed without a public tender, and "
            "that Kollárová had failed to answer two written requests for an explanation", None),
        (D, "Rastislav Hurban", "I will not sign off on public money being spent as if it were private money. Not in the "
            "gallery, not anywhere else in this ministry.", None),
        (D, "Rastislav Hurban", "The gallery belongs to all Slovaks, not to a small circle of curators in Bratislava. Its "
            "new director will be chosen in an open competition.", None),
        (P, "Zuzana Kollárová", "political revenge", None),
        (I, "Zuzana Kollárová", "she had never been shown the audit report", None),
        (D, "Zuzana Kollárová", "The minister learned about these contracts from a newspaper, not from an audit,", None),
        (D, "Zuzana Kollárová", "Every one of them was approved by the gallery’s supervisory board, and he knows it.",
            None),
        (I, "Zuzana Kollárová", "she would challenge the dismissal in court", None),
        (D, "Employees of the gallery", "We have watched the ministry replace the heads of the national theatre, the film "
            "institute and now our gallery, one by one,", None),
        (D, "Employees of the gallery", "Nobody asks whether they did their job well. The only question is whether they "
            "are loyal.", None),
        (S, None, "cultural turn", None),
        (P, "Tomáš Benko", "a purge dressed up as bookkeeping", None),
        (I, "Tomáš Benko", "his party would start collecting signatures for a no-confidence motion against Hurban", None),
        (D, "Ivan Dubec", "Nobody is above an audit. If the director has nothing to hide, she can show the documents and "
            "the matter is closed,", None),
        (I, "Viktor Mráz", "the gallery had for years ignored artists working outside the capital", None),
        (D, "Viktor Mráz", "The SNG has been a closed club. If a new director opens the doors, I will be the first to "
            "applaud,", None),
        (I, "Slovak committee of the International Council of Museums", "it was following the case with concern and "
            "that directors of national institutions should only be removed after a transparent process", None),
    ],
    "actors": [
        actor("Rastislav Hurban", "person", title="Culture Minister", affiliation="Slovak National Party (SNS)",
              aliases=["Rastislav Hurban", "Hurban", "Culture minister", "The minister", "the minister"], stance=1),
        actor("Culture Ministry", "government", title="ministry of culture", affiliation="Slovakia",
              aliases=["Culture Ministry", "the ministry"], stance=1),
        actor("Zuzana Kollárová", "person", title="dismissed director", affiliation="Slovak National Gallery (SNG)",
              aliases=["Zuzana Kollárová", "Kollárová"], stance=-1),
        actor("Employees of the gallery", "group", title="gallery staff (open letter)",
              affiliation="Slovak National Gallery (SNG)", aliases=["Employees of the gallery", "the employees"],
              stance=-1),
        actor("Tomáš Benko", "person", title="opposition MP", affiliation="Progressive Slovakia (PS)",
              aliases=["Tomáš Benko", "Benko"], stance=-1),
        actor("Ivan Dubec", "person", title="MP", affiliation="Slovak National Party (SNS)",
              aliases=["Ivan Dubec", "Dubec"], stance=1),
        actor("Viktor Mráz", "person", title="painter (Prešov)", affiliation=None, aliases=["Viktor Mráz", "Mráz"],
              stance=1),
        actor("Slovak committee of the International Council of Museums", "organisation", title="museums body",
              affiliation="International Council of Museums (ICOM)",
              aliases=["Slovak committee of the International Council of Museums", "ICOM"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Rio Times (Brazil) sport/business (the Maracanã's new operator defends its concert calendar after complaints
#    about the pitch), headline without speech, byline with role, dateline "RIO DE JANEIRO, BRAZIL –", straight
#    double quotes, "R$"; lede "after ... coach Jorge Bastos said the pitch had become "a beach"" (partial only);
#    split quote "said the company's chief executive, Henrique Valadares, at a press conference ...", "Valadares said A
#    and that B" (one span); partial before "according to Fluminense captain Diego Sampaio"; "Bastos, ..., went
#    further:" on its own line, then a quote paragraph open at the end of its line and a closed paragraph; club
#    "said in a statement that A and was considering B" (one span); state government "said A and that B" (one span);
#    scare so-called "multiuse arena" model; group "Members of Maracanã do Povo, ..., said A", then "they said in a
#    note"; prosecutors "said A"; agronomist "told The Rio Times that A, and that B" (one span), "he said"; closing
#    "Valadares told reporters that A"; photo caption with credit.
ARTICLES[f"{BATCH}/maracana-concerts-pitch-complaints.gold.json"] = {
    "article": f"{BATCH}/maracana-concerts-pitch-complaints.txt",
    "target": "Arena Carioca S.A.",
    "quotes": [
        (P, "Jorge Bastos", "a beach", None),
        (D, "Henrique Valadares", "We have a concession contract to make this stadium sustainable, and football alone "
            "does not pay for it,", None),
        (D, "Henrique Valadares", "Every concert brings in around R$4 million, and that money goes back into the "
            "building.", None),
        (I, "Henrique Valadares", "a new hybrid turf would be laid in July and that the company had hired a Dutch "
            "agronomist to supervise the work", None),
        (P, "Diego Sampaio", "bounced like it was on a trampoline", None),
        (D, "Jorge Bastos", "I have played on pitches in the interior of Minas Gerais that were better than this one. "
            "This is the most famous stadium in the world and we are playing on sand.", None),
        (D, "Jorge Bastos", "Put the health of the players first, and then the shows. If somebody tears a ligament here, "
            "who pays?", None),
        (I, "Flamengo", "it had sent a formal notice to the consortium and was considering moving some of its Copa "
            "Libertadores matches to another stadium", None),
        (I, "Rio de Janeiro state government", "the concession contract allowed up to twelve non-football events a year "
            "and that its technicians would inspect the pitch before every match", None),
        (S, None, "multiuse arena", None),
        (I, "Members of Maracanã do Povo", "ticket prices had risen by an average of 30 percent since the consortium "
            "took over", None),
        (D, "Members of Maracanã do Povo", "The Maracanã was built for the people. Today it is a shopping mall with a "
            "pitch in the middle,", None),
        (I, "state Public Prosecutor's Office", "it had opened a civil inquiry into the condition of the pitch after a "
            "complaint from the players' union", None),
        (I, "Paulo Nogueira", "grass needs at least ten days to recover after a stage is removed, and that the Maracanã "
            "had had as few as four", None),
        (D, "Paulo Nogueira", "The hybrid turf will help. But no pitch in the world survives a stage every two weeks,",
            None),
        (I, "Henrique Valadares", "no concerts would be scheduled during the knockout stage of the Copa Libertadores",
            None),
    ],
    "actors": [
        actor("Jorge Bastos", "person", title="Fluminense coach", affiliation="Fluminense",
              aliases=["Jorge Bastos", "Bastos"], stance=-1),
        actor("Henrique Valadares", "person", title="chief executive", affiliation="Arena Carioca S.A.",
              aliases=["Henrique Valadares", "Valadares"], stance=1),
        actor("Diego Sampaio", "person", title="Fluminense captain", affiliation="Fluminense",
              aliases=["Diego Sampaio", "Sampaio"], stance=-1),
        actor("Flamengo", "organisation", title="football club", affiliation=None, aliases=["Flamengo"], stance=-1),
        actor("Rio de Janeiro state government", "government", title="state government (owner of the Maracanã)",
              affiliation="Rio de Janeiro state", aliases=["Rio de Janeiro state government"], stance=0),
        actor("Members of Maracanã do Povo", "group", title="supporters' movement", affiliation=None,
              aliases=["Members of Maracanã do Povo", "Maracanã do Povo"], stance=-1),
        actor("state Public Prosecutor's Office", "government", title="public prosecutor",
              affiliation="Rio de Janeiro state", aliases=["state Public Prosecutor's Office", "MPRJ"], stance=0),
        actor("Paulo Nogueira", "person", title="turf specialist",
              affiliation="Federal Rural University of Rio de Janeiro (UFRRJ)", aliases=["Paulo Nogueira", "Nogueira"],
              stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
