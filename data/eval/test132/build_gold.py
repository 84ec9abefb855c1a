"""Build the test132 gold files (data/eval/test132/*.gold.json) from the annotation specs below.

Held out: do not read these articles or this file while building or tuning the extractor.

Same approach as data/eval/dev189/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test132/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test132.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test132"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Mimi Mefo Info (Cameroon) disaster (a deadly landslide in Buea; survivors blame the council's
#    permits), headline with a straight single fragment (`Council 'sold us the slope', survivors say`:
#    speaker the survivors, the group the headline names), `By Mimi Mefo Info | Buea | date` line, straight
#    " and apostrophes, British spelling, `FCFA`; lede content before `the Senior Divisional Officer (SDO)
#    for Fako, Jean-Pierre Ateba, said`; `Ateba said A and that B`, quote with `he said` (an appeal inside
#    the quote); `Survivors who ... said A`; quote before `said Beatrice Ewang, 46, who ...`; neighbour
#    `said A`, question quote with `he asked`; mayor `denied that A` (span without `that`), quote with
#    `Likowo told MMI`, `He said A and that B`; scare so-called "anarchic constructions"; anonymous council
#    official: `gave a different account` (act), content with a fragment before `the official said`
#    (partial only), `He said A`; geologist `said A`, `Nkeng said: "..."`, then a closed quote-only
#    paragraph; ministry `said in a statement that A and that B`; NGO `called for an independent inquiry`
#    (directive), coordinator `said the deaths were "..."` (partial only).
ARTICLES[f"{BATCH}/buea-landslide-council-permits.gold.json"] = {
    "article": f"{BATCH}/buea-landslide-council-permits.txt",
    "target": "Buea Council",
    "quotes": [
        (P, "Survivors", "sold us the slope", "Buea landslide: Council"),
        (I, "Jean-Pierre Ateba", "At least nine people, including four children, were killed when a landslide swept "
            "through the Bokwai neighbourhood of Buea after two days of heavy rain", None),
        (I, "Jean-Pierre Ateba", "rescue teams had pulled 14 people alive from the mud and that at least three "
            "residents were still missing", None),
        (D, "Jean-Pierre Ateba", "The rain is not finished, so the danger is not finished. I am asking everyone "
            "living below the slope to leave their homes tonight,", None),
        (I, "Survivors", "Buea Council had issued building permits on land that a 2019 government study had marked "
            "as too dangerous to build on", None),
        (D, "Beatrice Ewang", "They sold us the slope. They collected the fees, they stamped the papers, and now our "
            "children are under the mud,", None),
        (I, "Ndip Tambe", "he had paid the council 350,000 FCFA for a permit in 2021", None),
        (D, "Ndip Tambe", "Nobody told us anything about danger. If the council knew, why did they take our "
            "money?", None),
        (I, "Emmanuel Likowo", "the council had issued any permits in the Bokwai ravine", None),
        (D, "Emmanuel Likowo", "Buea Council has never authorised construction in a zone marked as high-risk. Many "
            "of these houses were built without any permit at all, at night and on weekends, when our agents are "
            "not there,", None),
        (I, "Emmanuel Likowo", "the council had demolished 37 illegal structures on the slopes of Mount Cameroon "
            "since 2023 and that owners had often rebuilt within weeks", None),
        (S, None, "anarchic constructions", None),
        (P, "council official", "sometimes signed under pressure", None),
        (I, "council official", "the council's technical service had warned the mayor's office in writing in "
            "2024", None),
        (I, "Celestina Nkeng", "the volcanic soils on the mountain's eastern flank became unstable after long "
            "periods of rain", None),
        (D, "Celestina Nkeng", "This was not a surprise. We have mapped these slopes, we have sent the maps to "
            "every authority concerned, and still people are building there.", None),
        (D, "Celestina Nkeng", "What is missing is not knowledge. It is enforcement.", None),
        (I, "Ministry of Territorial Administration", "the government had released 50 million FCFA in emergency "
            "aid for the victims and that displaced families would be housed temporarily in government schools",
            None),
        (P, "Fon Elvis Ashu", "a failure of the whole chain, from the council to the ministry.", None),
    ],
    "actors": [
        actor("Survivors", "group", title="survivors who spent the night at the Bokwai Presbyterian church",
              affiliation=None, aliases=["Survivors", "survivors"], stance=-1),
        actor("Jean-Pierre Ateba", "person", title="Senior Divisional Officer (SDO) for Fako",
              affiliation="government", aliases=["Jean-Pierre Ateba", "Ateba"], stance=None),
        actor("Beatrice Ewang", "person", title="survivor, 46", affiliation=None,
              aliases=["Beatrice Ewang", "Ewang"], stance=-1),
        actor("Ndip Tambe", "person", title="survivor, neighbour", affiliation=None,
              aliases=["Ndip Tambe", "Tambe"], stance=-1),
        actor("Emmanuel Likowo", "person", title="Mayor of Buea Council", affiliation="Buea Council",
              aliases=["Emmanuel Likowo", "Likowo"], stance=1),
        actor("council official", "person", title="council official (anonymous)", affiliation="Buea Council",
              aliases=["council official", "the official"], stance=-1),
        actor("Celestina Nkeng", "person", title="geologist (Dr)", affiliation="University of Buea",
              aliases=["Celestina Nkeng", "Nkeng"], stance=-1),
        actor("Ministry of Territorial Administration", "government", title="ministry", affiliation="Cameroon",
              aliases=["Ministry of Territorial Administration", "MINAT"], stance=None),
        actor("Fon Elvis Ashu", "person", title="coordinator", affiliation="Mount Cameroon Disaster Watch",
              aliases=["Fon Elvis Ashu", "Ashu"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The National (Papua New Guinea) sport (the rugby league federation sacks the Kumuls coach), headline
#    with a curly single fragment (`Axed Kumuls coach slams PNGRFL ‘witch-hunt’`: speaker the coach the
#    headline names), byline in capitals and a `Sports` line, `PORT MORESBY –` dateline, curly “ ” and ’,
#    British punctuation outside the marks for fragments; lede `has accused ... of running a “...” against
#    him` (partial); `The board met` (no speech); league statement `said the decision followed “...”
#    between ..., and that B` (partial plus indirect); chairman `said: “...”`; coach `told The National
#    yesterday that A and that B`, split quote with `he said`, then a closed quote-only paragraph (the word
#    witch-hunt a third time, inside a full quote), `Pokana said A`; scare so-called “home-grown” policy;
#    anonymous board member `said A and that the contract allowed termination “...”` (indirect plus
#    partial); captain `posted on Facebook that the players had “...” for Pokana and were “...” by ...` (two
#    partials); minister `urged ... to settle their differences “...”` (directive; the fragment is a
#    partial), split quote with `Yalu said`; `supporters were divided` (not speech); supporter's quote
#    before `said Helen Kuman, a teacher ...`.
ARTICLES[f"{BATCH}/kumuls-coach-sacked-pngrfl.gold.json"] = {
    "article": f"{BATCH}/kumuls-coach-sacked-pngrfl.txt",
    "target": "Papua New Guinea Rugby Football League",
    "quotes": [
        (P, "Rodney Pokana", "witch-hunt", "slams PNGRFL"),
        (P, "Rodney Pokana", "witch-hunt", "running a"),
        (P, "Papua New Guinea Rugby Football League", "a breakdown in the working relationship", None),
        (I, "Papua New Guinea Rugby Football League", "a new coach would be named before the end of the year", None),
        (D, "Peter Wamel", "No one person is bigger than the Kumuls. The board had to act in the interests of the "
            "jersey and the people of this country.", None),
        (I, "Rodney Pokana", "he had not been paid for four months and that he learnt of his sacking from a "
            "journalist", None),
        (D, "Rodney Pokana", "I gave five years to this team,", None),
        (D, "Rodney Pokana", "I found out I was finished from a reporter, not from the board that hired me.", None),
        (D, "Rodney Pokana", "This is a witch-hunt, plain and simple. Some people on that board wanted me gone "
            "before we even left for Auckland.", None),
        (I, "Rodney Pokana", "the Kumuls had been given only nine days in camp before the tournament, compared with "
            "five weeks for Tonga", None),
        (S, None, "home-grown", None),
        (I, "board member", "the vote to end Pokana’s contract had been unanimous", None),
        (P, "board member", "for performance reasons", None),
        (P, "Nixon Kerowa", "full respect", None),
        (P, "Nixon Kerowa", "shocked", None),
        (P, "Don Yalu", "away from the newspapers", None),
        (D, "Don Yalu", "The Kumuls belong to all of us, not to the board and not to any one coach,", None),
        (D, "Don Yalu", "I have asked the PNGRFL for a full report on the coach’s contract and on how the camp was "
            "funded.", None),
        (D, "Helen Kuman", "The coach was not the one dropping the ball against Tonga. The board wants someone to "
            "blame and he is the easiest target,", None),
    ],
    "actors": [
        actor("Rodney Pokana", "person", title="former Kumuls coach", affiliation="Kumuls",
              aliases=["Rodney Pokana", "Pokana", "Kumuls coach"], stance=-1),
        actor("Papua New Guinea Rugby Football League", "organisation", title="national rugby league body",
              affiliation="Papua New Guinea",
              aliases=["Papua New Guinea Rugby Football League", "PNGRFL", "the league"], stance=1),
        actor("Peter Wamel", "person", title="PNGRFL chairman", affiliation="PNGRFL",
              aliases=["Peter Wamel", "Wamel"], stance=1),
        actor("board member", "person", title="PNGRFL board member (anonymous)", affiliation="PNGRFL",
              aliases=["board member"], stance=1),
        actor("Nixon Kerowa", "person", title="Kumuls captain", affiliation="Kumuls",
              aliases=["Nixon Kerowa", "Kerowa"], stance=-1),
        actor("Don Yalu", "person", title="Sports Minister", affiliation="PNG government",
              aliases=["Don Yalu", "Yalu"], stance=0),
        actor("Helen Kuman", "person", title="teacher, supporter", affiliation=None,
              aliases=["Helen Kuman", "Kuman"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. New Age (Bangladesh) courts/environment (the High Court orders a dyeing factory shut over river
#    pollution), headline without speech (`HC orders ...`), `Staff Correspondent | Published: ...` line,
#    no dateline, straight " and apostrophes, British punctuation outside the marks for fragments, `Tk 12
#    crore`, `Barrister`, `Advocate`, `Md`; `The High Court on Tuesday ordered` (an act); `the bench said
#    ... had "..." violated ... and that B` (partial plus indirect); quote with `the bench observed`;
#    petitioner's lawyer `told New Age that A`, quote with `she said`; company lawyer `said A`, `Asked about
#    the fines, he said, "..."` (comma before the quote); company statement `said it had "..." with the DoE
#    and that the samples had been taken "..."` (two partials); DoE director `said ... "..." and that B`
#    (partial plus indirect); `According to the Department of Environment, A`; scare so-called "dead
#    rivers"; `Residents of Ershad Nagar ... said A, and that B`; quotes before `said Rahima Khatun, 52,
#    who ...` and `said Shefali Begum, a machine operator`; `Workers gathered ... said A`; researcher `said
#    the order was "..." but that B` (partial plus indirect); petitioner group `said it would file ...`.
ARTICLES[f"{BATCH}/turag-dyeing-factory-hc-closure.gold.json"] = {
    "article": f"{BATCH}/turag-dyeing-factory-hc-closure.txt",
    "target": "Silverline Dyeing and Finishing Ltd",
    "quotes": [
        (P, "High Court", "repeatedly and knowingly", None),
        (I, "High Court", "the factory could reopen only after the DoE certified its effluent treatment plant", None),
        (D, "High Court", "A river is not a private drain. The people living downstream of this factory have the same "
            "right to life as its owners,", None),
        (I, "Anisa Rahman", "water samples taken near the factory's outlet in June showed chemical oxygen demand at "
            "more than six times the legal limit", None),
        (D, "Anisa Rahman", "The factory has been fined three times since 2022. Each time it paid and carried on. A "
            "fine is simply a cost of doing business for them,", None),
        (I, "Rafiqul Islam Bhuiyan", "the company would appeal against the order at the Appellate Division", None),
        (D, "Rafiqul Islam Bhuiyan", "The company has already invested Tk 12 crore in a new treatment plant, which will "
            "be running by December. Closing the factory now punishes 2,300 workers, not the river.", None),
        (P, "Silverline Dyeing and Finishing Ltd", "always cooperated", None),
        (P, "Silverline Dyeing and Finishing Ltd", "during a power outage, when the plant was briefly offline", None),
        (P, "Md Shahidul Karim", "to the letter", None),
        (I, "Md Shahidul Karim", "the factory's electricity and gas connections would be cut on Thursday", None),
        (I, "Department of Environment", "at least 80 dyeing and washing factories discharge wastewater into the "
            "Turag and the Tongi Khal", None),
        (S, None, "dead rivers", None),
        (I, "Residents of Ershad Nagar", "the water turned red, blue or black depending on the day, and that children "
            "often developed rashes after bathing in it", None),
        (D, "Rahima Khatun", "Since that factory came, we stopped bathing in the river. Now we cannot even stand the "
            "smell at night,", None),
        (I, "Workers", "they feared for their jobs", None),
        (D, "Shefali Begum", "If the factory closes, who will pay my rent? The owners made this mistake, not us,", None),
        (P, "Sharmin Akter", "long overdue", None),
        (I, "Sharmin Akter", "court orders alone would not save the Turag unless the DoE monitored factories at night "
            "as well as by day", None),
        (I, "Bangladesh River Protection Forum", "it would file similar petitions against other factories on the "
            "river", None),
    ],
    "actors": [
        actor("High Court", "government", title="High Court bench (Justice Tahmina Haque and Justice Md Anisur Rahman "
              "Talukder)", affiliation="Bangladesh judiciary", aliases=["High Court", "the bench"], stance=-1),
        actor("Anisa Rahman", "person", title="Barrister, petitioner's lawyer",
              affiliation="Bangladesh River Protection Forum", aliases=["Anisa Rahman", "Rahman"], stance=-1),
        actor("Rafiqul Islam Bhuiyan", "person", title="Advocate, company lawyer",
              affiliation="Silverline Dyeing and Finishing Ltd", aliases=["Rafiqul Islam Bhuiyan", "Bhuiyan"],
              stance=1),
        actor("Silverline Dyeing and Finishing Ltd", "organisation", title="dyeing factory", affiliation="Tongi",
              aliases=["Silverline Dyeing and Finishing Ltd", "Silverline", "the company"], stance=1),
        actor("Md Shahidul Karim", "person", title="director, DoE Gazipur office",
              affiliation="Department of Environment", aliases=["Md Shahidul Karim", "Karim"], stance=0),
        actor("Department of Environment", "government", title="environment regulator", affiliation="Bangladesh",
              aliases=["Department of Environment", "DoE"], stance=None),
        actor("Residents of Ershad Nagar", "group", title="residents", affiliation=None,
              aliases=["Residents of Ershad Nagar"], stance=-1),
        actor("Rahima Khatun", "person", title="vegetable seller, 52", affiliation=None,
              aliases=["Rahima Khatun", "Khatun"], stance=-1),
        actor("Workers", "group", title="workers gathered at the factory gate", affiliation=None,
              aliases=["Workers"], stance=None),
        actor("Shefali Begum", "person", title="machine operator", affiliation="Silverline Dyeing and Finishing Ltd",
              aliases=["Shefali Begum", "Begum"], stance=-1),
        actor("Sharmin Akter", "person", title="water quality researcher (Dr)", affiliation="Dhaka University",
              aliases=["Sharmin Akter", "Akter"], stance=-1),
        actor("Bangladesh River Protection Forum", "organisation", title="petitioner", affiliation=None,
              aliases=["Bangladesh River Protection Forum"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Community Care (UK social work trade press) children's services (Ofsted rates a council's children's
#    services inadequate), headline with two curly single fragments (`Ofsted rates ... ‘inadequate’ over
#    ‘drift and delay’`: speaker Ofsted, the entity the headline names), standfirst without speech, `by
#    NAME` and `October 14, 2026 in Children, Workforce` lines, British curly single quotes ‘ ’ with ’
#    apostrophes, punctuation outside the marks for fragments, `Cllr`, `£4.2m`; lede `rated inadequate by
#    Ofsted, which said children ... were being left in situations of ‘...’` (partial only); `the
#    inspectorate said A, and that management oversight of risk was ‘...’` (indirect plus partial); `The
#    report said: ‘...’`; `The report praised ...` (act); director `said the council accepted the findings
#    ‘...’` (partial only), split quote with `she said`, `Oduya said A and that B`; cabinet member `said A`;
#    scare so-called ‘front door’; anonymous social worker `told Community Care that A`, quote with `they
#    said`; union secretary `said the rating was ‘...’, and blamed ...` (partial; the blame is an act);
#    BASW `said the judgment showed the ‘...’ of ... and called on ...` (partial; directive); DfE
#    spokesperson `said: ‘...’`; care leaver `said A`, quote with `she said`.
ARTICLES[f"{BATCH}/eastmoor-childrens-services-inadequate.gold.json"] = {
    "article": f"{BATCH}/eastmoor-childrens-services-inadequate.txt",
    "target": "Eastmoor Council",
    "quotes": [
        (P, "Ofsted", "inadequate", "Ofsted rates"),
        (P, "Ofsted", "drift and delay", "Ofsted rates"),
        (P, "Ofsted", "drift and delay", "which said children"),
        (I, "Ofsted", "social workers in the authority’s assessment teams were carrying caseloads of up to 35 "
            "children", None),
        (P, "Ofsted", "weak and inconsistent", None),
        (D, "Ofsted", "Too many children wait too long for decisions about their futures. Some children were left in "
            "neglectful homes for more than a year after concerns were first raised.", None),
        (P, "Karen Oduya", "in full", None),
        (D, "Karen Oduya", "I am sorry that we have not been good enough for some of our children, and I want to say "
            "that plainly,", None),
        (D, "Karen Oduya", "But I do not recognise the picture of a service in freefall. Our staff have worked "
            "incredibly hard in very difficult conditions.", None),
        (I, "Karen Oduya", "18 agency social workers had been recruited since the summer and that average caseloads "
            "in the assessment teams had already fallen to 24", None),
        (I, "Martin Pryce", "an extra £4.2m had been set aside for children’s services in next year’s budget", None),
        (S, None, "front door", "so-called"),
        (I, "social worker in the assessment service", "staff had been raising the alarm about caseloads for more "
            "than two years", None),
        (D, "social worker in the assessment service", "We wrote to senior managers, we raised it in supervision, we "
            "raised it with the union. Nobody listened until Ofsted turned up,", None),
        (P, "Paul Hennessy", "no surprise to anyone who works there", None),
        (P, "British Association of Social Workers", "human cost", None),
        (D, "Department for Education spokesperson", "We will be working closely with Eastmoor Council to make sure "
            "that rapid improvements are made for children and families.", None),
        (I, "Jade Morrow", "her own experience had been mixed", None),
        (D, "Jade Morrow", "I had four social workers in two years, and every time I had to tell my story from the "
            "start. The one I have now is brilliant, though,", None),
    ],
    "actors": [
        actor("Ofsted", "government", title="inspectorate", affiliation="England",
              aliases=["Ofsted", "the inspectorate"], stance=-1),
        actor("Karen Oduya", "person", title="director of children’s services", affiliation="Eastmoor Council",
              aliases=["Karen Oduya", "Oduya"], stance=0),
        actor("Martin Pryce", "person", title="Cllr, cabinet member for children and families",
              affiliation="Eastmoor Council", aliases=["Martin Pryce", "Pryce", "Cllr Martin Pryce"], stance=1),
        actor("social worker in the assessment service", "person", title="social worker (anonymous)",
              affiliation="Eastmoor Council", aliases=["social worker in the assessment service"], stance=-1),
        actor("Paul Hennessy", "person", title="Eastmoor branch secretary", affiliation="Unison",
              aliases=["Paul Hennessy", "Hennessy"], stance=-1),
        actor("British Association of Social Workers", "organisation", title="professional association",
              affiliation=None, aliases=["British Association of Social Workers", "BASW"], stance=-1),
        actor("Department for Education spokesperson", "person", title="spokesperson",
              affiliation="Department for Education", aliases=["Department for Education spokesperson"], stance=0),
        actor("Jade Morrow", "person", title="care leaver, 19", affiliation=None,
              aliases=["Jade Morrow", "Morrow"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
