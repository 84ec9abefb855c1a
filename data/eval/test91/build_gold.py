"""Build the test91 gold files (data/eval/test91/*.gold.json) from the annotation specs below.

Held out, like ../test/. Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor,
write_all) of data/eval/build_gold.py and data/eval/write_gold.py: each quote is given by its exact text
and, when that text occurs more than once, by an anchor (a string occurring exactly once in the article)
from whose start the text is searched. Run from anywhere:  python3 data/eval/test91/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test91.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test91"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Eye on the Arctic (Russia to reopen a Soviet mining settlement on Svalbard as a research station),
#    headline "Russia to reopen ... as ‘...’" (partial for Russia), standfirst without speech, byline,
#    "Eye on the Arctic" and "Posted: ..." lines, curly “ ” and ’, photo caption with credit, "Related
#    stories from around the North:" lines. Lede content before "Russian officials said"; deputy minister
#    named by an apposition, quote split by "Korolyov told a news conference", "He said A, and that B" (one
#    span); state coal company "said in a statement that A", "The company described the settlement as
#    “...”" (partial only); foreign minister "“...,” said Foreign Minister ..."; "Dahle said A, but that
#    sovereignty “...”" (indirect plus partial); scare so-called “Loophole”; governor named after the first
#    stretch, then a second stretch; researcher sharing the governor's surname ("Hanne Berg ..., who is
#    not related to the governor"), "She said A, but warned that B" (two indirects); spokesman "accused
#    Oslo of trying to “...” of Svalbard" (partial), quote "Belyakov said, according to the RIA Novosti
#    agency"; guide named Hope; content before "according to the company". Not annotated: "did not respond
#    to a request for comment", "Norway’s reaction was cool.", the caption and the Related lines.
ARTICLES[f"{BATCH}/pyramiden-research-station-svalbard.gold.json"] = {
    "article": f"{BATCH}/pyramiden-research-station-svalbard.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "international science hub", "‘international"),
        (I, "Russian officials", "Russia will reopen the abandoned Soviet mining settlement of Pyramiden on Norway’s "
            "Svalbard archipelago as a year-round research station by 2028", None),
        (D, "Yevgeny Korolyov", "Pyramiden will become an international science hub, open to researchers from all "
            "friendly countries,", None),
        (D, "Yevgeny Korolyov", "The Arctic must be a territory of dialogue, not of confrontation.", None),
        (I, "Yevgeny Korolyov", "the first scientists, from the Arctic and Antarctic Research Institute (AARI) in St. "
            "Petersburg, would arrive next summer, and that Chinese and Indian institutes had already expressed "
            "interest", None),
        (I, "Trust Arktikugol", "it would invest 3.2 billion roubles in the project over three years", None),
        (P, "Trust Arktikugol", "a unique monument of Soviet architecture that deserves a second life.", None),
        (D, "Ingvild Dahle", "Everyone who carries out activity on Svalbard has to follow Norwegian law, and that "
            "includes the environmental rules. We will look at the plans when we receive them,", None),
        (I, "Ingvild Dahle", "the Svalbard Treaty of 1920 gave citizens of all signatory countries equal rights to "
            "economic activity on the archipelago", None),
        (P, "Ingvild Dahle", "lies with Norway, full stop.", None),
        (S, None, "Loophole", None),
        (D, "Lars Berg", "A helipad is not a small thing here,", None),
        (D, "Lars Berg", "It needs permits, it needs an environmental assessment, and we will treat it like any other "
            "application.", None),
        (D, "Hanne Berg", "Coal is no longer the reason Russia is on Svalbard. Moscow needs a reason to keep people "
            "and buildings there, and a research station is a very good reason,", None),
        (I, "Hanne Berg", "she expected the station to attract some genuine research", None),
        (I, "Hanne Berg", "Norway would have little insight into what equipment was installed there", None),
        (P, "Artyom Belyakov", "squeeze Russia out", None),
        (D, "Artyom Belyakov", "The Norwegian side must understand that the treaty is not a Norwegian document. It "
            "belongs to all of its parties,", None),
        (D, "Bjørn Hope", "If they open the hotel and let people come, good. But nobody here is naive,", None),
        (D, "Bjørn Hope", "We have all seen the flags.", None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia", "Moscow"], stance=1),
        actor("Russian officials", "group", affiliation="Russia", stance=1),
        actor("Yevgeny Korolyov", "person",
              title="deputy minister for the development of the Far East and the Arctic", affiliation="Russia",
              aliases=["Yevgeny Korolyov", "Korolyov"], stance=1),
        actor("Trust Arktikugol", "organisation", title="Russian state coal company", affiliation="Russia",
              aliases=["Trust Arktikugol", "Arktikugol"], stance=1),
        actor("Ingvild Dahle", "person", title="Foreign Minister", affiliation="Norway",
              aliases=["Ingvild Dahle", "Dahle"], stance=-1),
        actor("Lars Berg", "person", title="Governor of Svalbard", affiliation="Norway",
              aliases=["Lars Berg", "Berg", "Governor of Svalbard"], stance=0),
        actor("Hanne Berg", "person", title="senior researcher", affiliation="Fridtjof Nansen Institute",
              aliases=["Hanne Berg", "Berg"], stance=0),
        actor("Artyom Belyakov", "person", title="Foreign Ministry spokesman", affiliation="Russia",
              aliases=["Artyom Belyakov", "Belyakov"], stance=1),
        actor("Bjørn Hope", "person", title="guide", affiliation="Longyearbyen",
              aliases=["Bjørn Hope", "Hope"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Travel Weekly (a UK river cruise operator cancels its 2027 programme after losing its chartered
#    ships), headline and standfirst without speech, "By ..." and "Published: ..." lines, straight " and
#    apostrophes, "Read more" block with two link lines, "%" and "£". Lede content before "the operator
#    confirmed"; "said A and that B" (one span); MD "called the decision "..."" (partial), quote with "he
#    told Travel Weekly", then a paragraph open at the end of its line and a closing quote-only paragraph;
#    scare so-called "asset-light"; charter firm "said in a statement that the vessels had been "..." and
#    declined ..." (partial only); its director "said the decision had been taken "..." and that the
#    company had given Riverlight "..."" (two partials); agent "said A", quote split by "said Sparrow";
#    anonymous homeworker "said A", then "she said"; Abta "said A, as ..., and that B" (one span); Q&A
#    "Asked whether ..., Tranter replied: "...""; consultant "described the timing as "..." for ..."
#    (partial only), then "she said". Not annotated: "declined to give further details", "Agents ... were
#    largely supportive", the Read more lines.
ARTICLES[f"{BATCH}/riverlight-cruises-cancels-2027.gold.json"] = {
    "article": f"{BATCH}/riverlight-cruises-cancels-2027.txt",
    "target": "Riverlight Cruises",
    "quotes": [
        (I, "Riverlight Cruises", "Riverlight Cruises has cancelled its entire 2027 programme on the Rhine, Danube "
            "and Douro after its ship supplier withdrew three vessels", None),
        (I, "Riverlight Cruises", "about 9,200 customers were booked on the affected departures and that all would be "
            "offered a full refund or a transfer to a 2028 sailing with a 10% discount", None),
        (P, "Owen Tranter", "the hardest of my 22 years in this business", None),
        (D, "Owen Tranter", "Our charter partner told us in late November that the three ships would not be available "
            "next year. We looked at every alternative, and there simply isn't the capacity in the market at this "
            "stage to replace them,", None),
        (D, "Owen Tranter", "I want to be absolutely clear: this is not a financial failure. Riverlight is solvent, our "
            "2026 season was our best yet, and we will be back on the rivers in 2028.", None),
        (D, "Owen Tranter", "Every single customer will get their money back, and every agent will be paid the "
            "commission they have earned.", None),
        (S, None, "asset-light", None),
        (P, "Rijnstroom Charter", "reassigned to a long-term partner", None),
        (P, "Marjolein de Boer", "with regret", None),
        (P, "Marjolein de Boer", "more notice than the contract requires", None),
        (I, "Jill Sparrow", "she had 41 Riverlight clients booked for next year, most of them repeat customers", None),
        (D, "Jill Sparrow", "They've always been a lovely company to deal with, and I believe Owen when he says the "
            "money is safe,", None),
        (D, "Jill Sparrow", "But it's a lot of phone calls to make before Christmas.", None),
        (I, "One homeworker", "she was worried about clients who had booked their own flights", None),
        (D, "One homeworker", "Riverlight's refund covers the cruise. It doesn't cover the £900 of flights my couple "
            "booked themselves to get to Budapest, and nobody has told me who pays for that,", None),
        (I, "Abta", "the cancellation did not affect customers' financial protection, as Riverlight was not insolvent, "
            "and that customers with package bookings were entitled to a full refund within 14 days under the "
            "Package Travel Regulations", None),
        (D, "Owen Tranter", "We did, and the numbers didn't work. I'd rather cancel cleanly now than cancel in pieces "
            "next spring.", None),
        (P, "Carys Wynne-Jones", "brutal", None),
        (D, "Carys Wynne-Jones", "The big lines have spent the last three years locking up every hull they can find. If "
            "you don't own your ships, you're a tenant, and tenants get evicted,", None),
    ],
    "actors": [
        actor("Riverlight Cruises", "organisation", title="river cruise operator",
              aliases=["Riverlight Cruises", "Riverlight", "the operator"], stance=1),
        actor("Owen Tranter", "person", title="managing director", affiliation="Riverlight Cruises",
              aliases=["Owen Tranter", "Tranter", "Owen"], stance=1),
        actor("Rijnstroom Charter", "organisation", title="Dutch charter firm",
              aliases=["Rijnstroom Charter", "Rijnstroom"], stance=None),
        actor("Marjolein de Boer", "person", title="commercial director", affiliation="Rijnstroom Charter",
              aliases=["Marjolein de Boer", "de Boer"], stance=None),
        actor("Jill Sparrow", "person", title="owner", affiliation="Sparrow Travel (Ludlow)",
              aliases=["Jill Sparrow", "Sparrow"], stance=1),
        actor("One homeworker", "person", title="anonymous homeworking travel agent", aliases=["One homeworker"],
              stance=-1),
        actor("Abta", "organisation", title="travel trade association", aliases=["Abta"], stance=0),
        actor("Carys Wynne-Jones", "person", title="river cruise consultant",
              aliases=["Carys Wynne-Jones", "Wynne-Jones"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Camden New Journal (a road-closure trial splits Kentish Town), headline "Traders say ... is 'killing'
#    ..." (partial for the traders), standfirst without speech, byline in capitals, date line, lede opening
#    in capitals ("A TRIAL"), British straight single quotes '...' with apostrophes inside (I'm, don't,
#    week's, that's) and outside (Town Hall's, suppliers', closure's), "Cllr", "per cent", en dashes.
#    Lede content before "traders have told the New Journal"; councillor "insisted ... that A" with an
#    aside between dashes; quote split by "Cllr Baker said"; "She said A"; scare so-called 'healthy
#    streets'; grocer with a Turkish name, "The figures were disputed by ..." (act), "He said A and that B"
#    (one span), quote split by "he said"; head teacher "said A", then "she said"; opposition leader
#    "described the trial as '...' and said Cllr Baker had '...'" (two partials); anonymous Labour
#    councillor "said A, adding: '...'" (indirect plus direct, first-name alias Ayo inside); "described the
#    trial as a '...'" (partial); Q&A "Asked by one resident whether ..., she replied: '...'"; forum chair
#    "said ... that the meeting had been '...' and that B" (partial plus indirect). Not annotated: "was
#    heckled", the consultation date.
ARTICLES[f"{BATCH}/kentish-town-road-closure-baker.gold.json"] = {
    "article": f"{BATCH}/kentish-town-road-closure-baker.txt",
    "target": "Ayo Baker",
    "quotes": [
        (P, "Traders", "killing", None),
        (I, "Traders", "A TRIAL closure of part of Kentish Town Road to through-traffic has cut takings at some shops by "
            "as much as a third", None),
        (I, "Ayo Baker", "the scheme – which bans cars and vans between Leighton Road and Islip Street from 7am to 7pm "
            "– would stay in place until at least the summer of 2028", None),
        (D, "Ayo Baker", "I understand people are anxious, and I'm not going to pretend every business is having an "
            "easy time,", None),
        (D, "Ayo Baker", "But we have to be brave. Air quality on this road was among the worst in the borough and "
            "children walk along it to four schools every morning.", None),
        (I, "Ayo Baker", "footfall figures collected by the council showed the number of people visiting the high "
            "street on foot had risen by 11 per cent since the trial began in June", None),
        (S, None, "healthy streets", None),
        (I, "Mehmet Yıldız", "deliveries now had to be made before 7am and that his suppliers' drivers were being "
            "fined for stopping in side streets", None),
        (D, "Mehmet Yıldız", "Footfall? People walk past. They don't stop, they don't carry a week's shopping home on "
            "foot,", None),
        (D, "Mehmet Yıldız", "The councillor should come and stand behind my till for one Saturday.", None),
        (I, "Ruth Okafor", "the change outside her gates had been dramatic", None),
        (D, "Ruth Okafor", "For the first time in years I can hear myself think at the school gate. Parents tell me "
            "children are walking and cycling who never did before,", None),
        (P, "Oliver Penrose", "a vanity project dressed up as public health", None),
        (P, "Oliver Penrose", "not listened to a single trader", None),
        (I, "One Labour councillor", "colleagues had privately raised concerns about the closure's impact on shops",
            None),
        (D, "One Labour councillor", "Ayo is very sure of herself. Sometimes that's a strength.", None),
        (P, "Ayo Baker", "conversation", None),
        (D, "Ayo Baker", "If the evidence says it isn't working, we will change it. That's what a trial is for.", None),
        (P, "Pat Reilly", "heated but fair", None),
        (I, "Pat Reilly", "most residents she had spoken to wanted changes to the scheme rather than its removal", None),
    ],
    "actors": [
        actor("Traders", "group", affiliation="Kentish Town Road", aliases=["Traders", "traders"], stance=-1),
        actor("Ayo Baker", "person", title="cabinet member for transport", affiliation="Camden Council",
              aliases=["Ayo Baker", "Baker", "Cllr Baker", "Ayo"], stance=1),
        actor("Mehmet Yıldız", "person", title="grocer", affiliation="Kentish Town Road",
              aliases=["Mehmet Yıldız", "Yıldız"], stance=-1),
        actor("Ruth Okafor", "person", title="head teacher", affiliation="Leighton Road Primary School",
              aliases=["Ruth Okafor", "Okafor"], stance=1),
        actor("Oliver Penrose", "person", title="Conservative group leader", affiliation="Conservatives (Camden)",
              aliases=["Oliver Penrose", "Penrose", "Cllr Oliver Penrose"], stance=-1),
        actor("One Labour councillor", "person", title="anonymous Labour councillor", affiliation="Labour (Camden)",
              aliases=["One Labour councillor"], stance=0),
        actor("Pat Reilly", "person", title="chair", affiliation="Kentish Town Neighbourhood Forum",
              aliases=["Pat Reilly", "Reilly"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Daily Californian (UC Berkeley to close a greenhouse complex and move plant research to
#    Richmond), headline and deck without speech, "BY ... | SENIOR STAFF" and date lines in capitals,
#    straight " and apostrophes, American punctuation inside the marks, contact line at the end. Lede
#    content before "campus spokesperson Lorenzo Tafoya confirmed Wednesday"; content before "according to
#    a campus statement", then "the statement said" (the campus); "Tafoya said A and that B" (one span);
#    scare "Berkeley Global Campus" (a shelved plan's name); group "Graduate student researchers said A";
#    union steward named June Fox after her quote, "Fox said A, and described the shuttle as "..."" (indirect
#    plus partial); professor Xu Wen (family name first, "Xu said"), "said he learned A", quote split by
#    "Xu said"; vice chancellor "said in an interview that the decision "..." and that B" (partial plus
#    indirect), "Rao said", Q&A "Asked whether ..., Rao said: "...""; ASUC senator "said A" (a resolution
#    asking ...: the whole clause is the content), "He called the decision "..."" (partial). Not annotated:
#    "referred questions to the campus", the contact line.
ARTICLES[f"{BATCH}/hilgard-greenhouses-closure-richmond.gold.json"] = {
    "article": f"{BATCH}/hilgard-greenhouses-closure-richmond.txt",
    "target": "UC Berkeley",
    "quotes": [
        (I, "Lorenzo Tafoya", "UC Berkeley will close the Hilgard greenhouse complex at the end of the spring semester "
            "and move its plant research to the Richmond Field Station", None),
        (I, "UC Berkeley", "The greenhouses, built in 1962 on the north side of Hilgard Hall, need about $14 million in "
            "repairs to their heating, glazing and irrigation systems", None),
        (D, "UC Berkeley", "Keeping these facilities running safely would cost far more than building modern space in "
            "Richmond, where our researchers will have room to grow,", None),
        (I, "Lorenzo Tafoya", "the campus would cover the cost of moving equipment and plants and that a free shuttle "
            "between the main campus and Richmond would run every 30 minutes on weekdays", None),
        (S, None, "Berkeley Global Campus,", None),
        (I, "Graduate student researchers", "the plan was announced with little warning", None),
        (D, "June Fox", "Some of us have plants in the middle of three-year experiments. You can't just put a mature "
            "citrus tree on a truck and expect your data to survive,", None),
        (I, "June Fox", "the union would file a grievance if researchers were not consulted before the move", None),
        (P, "June Fox", "a two-hour round trip nobody asked for.", None),
        (I, "Xu Wen", "he learned of the closure from an email sent to department faculty Tuesday night", None),
        (D, "Xu Wen", "Nobody asked us. Nobody asked what experiments were running, or what a move in April would do "
            "to them,", None),
        (D, "Xu Wen", "I've been here 22 years, and this is the first time I've felt the campus sees research as a "
            "line item.", None),
        (P, "Kavita Rao", "was not made lightly", None),
        (I, "Kavita Rao", "her office would work with each lab individually on a timeline", None),
        (D, "Kavita Rao", "I'd rather have this conversation now than explain to a student next winter why the heating "
            "failed and their plants froze,", None),
        (D, "Kavita Rao", "Where it is safe, yes, and we will look at those case by case.", None),
        (I, "Tomasz Nowak", "he would introduce a resolution at next week's senate meeting asking the campus to delay "
            "the closure by a year", None),
        (P, "Tomasz Nowak", "another example of the campus making promises about Richmond it never keeps.", None),
    ],
    "actors": [
        actor("Lorenzo Tafoya", "person", title="campus spokesperson", affiliation="UC Berkeley",
              aliases=["Lorenzo Tafoya", "Tafoya"], stance=1),
        actor("UC Berkeley", "organisation", title="university (campus statement)",
              aliases=["UC Berkeley", "the campus", "the university"], stance=1),
        actor("Graduate student researchers", "group", affiliation="UC Berkeley", stance=-1),
        actor("June Fox", "person", title="doctoral candidate, union steward", affiliation="UAW 4811",
              aliases=["June Fox", "Fox"], stance=-1),
        actor("Xu Wen", "person", title="professor of plant and microbial biology", affiliation="UC Berkeley",
              aliases=["Xu Wen", "Xu"], stance=-1),
        actor("Kavita Rao", "person", title="Vice Chancellor for Research", affiliation="UC Berkeley",
              aliases=["Kavita Rao", "Rao"], stance=1),
        actor("Tomasz Nowak", "person", title="ASUC Senator", affiliation="ASUC",
              aliases=["Tomasz Nowak", "Nowak"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
