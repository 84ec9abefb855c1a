"""Build the dev152 gold files (data/eval/dev152/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of data/eval/build_gold.py,
write_all of data/eval/write_gold.py): each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev152/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev152.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev152"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Sierra Leone Telegraph diplomacy (Russia pledges wheat and a trade office), headline without speech,
#    "Sierra Leone Telegraph: 5 December 2026:" line, curly double quotes and ’ apostrophes, "percent",
#    "US$". Lede content before "the ministry of foreign affairs and international cooperation said in a
#    statement on Wednesday"; minister "described the agreement as "..." and said A" (partial plus
#    indirect), "she said"; content before "according to the Sierra Leone Bakers Association"; ambassador
#    "told journalists that Russia "..." to ..." (partial only), a quote split by "ambassador Pavlenko
#    said" (two directs), "He said A"; anonymous trade official "told the Sierra Leone Telegraph that ...
#    were "..."" (partial only); opposition MP with a title chain "said A", quote with "Hon. Turay said";
#    civil society group "said A"; economist "said A", "According to Dr Bangura, A", "he said"; scare
#    so-called "humanitarian diplomacy"; content before "according to the ministry".
ARTICLES[f"{BATCH}/russia-wheat-pledge-freetown.gold.json"] = {
    "article": f"{BATCH}/russia-wheat-pledge-freetown.txt",
    "target": "Russia",
    "quotes": [
        (I, "ministry of foreign affairs and international cooperation", "The Russian Federation will supply 25,000 "
            "tonnes of wheat to Sierra Leone over the next twelve months and open a trade representation office in "
            "Freetown early next year", None),
        (P, "Fatmata Sesay-Kamara", "a partnership of equals", None),
        (I, "Fatmata Sesay-Kamara", "the wheat would be sold to local millers at below market price to help bring "
            "down the cost of bread", None),
        (D, "Fatmata Sesay-Kamara", "Sierra Leone does not choose between friends. We work with everyone who "
            "respects our sovereignty and is ready to invest in our people,", None),
        (I, "Sierra Leone Bakers Association", "Bread prices in Freetown have risen by nearly 30 percent since "
            "January", None),
        (P, "Alexei Pavlenko", "does not attach political conditions", None),
        (D, "Alexei Pavlenko", "Our relations with Sierra Leone go back more than sixty years. Many of your doctors "
            "and engineers were trained in Moscow and Leningrad,", None),
        (D, "Alexei Pavlenko", "This is simply the next chapter.", None),
        (I, "Alexei Pavlenko", "the trade office would help Sierra Leonean exporters of cocoa, coffee and cashew find "
            "buyers in Russia", None),
        (P, "senior official at the ministry of trade", "at an advanced stage", None),
        (I, "Abu Bakarr Turay", "the government had not told parliament what Sierra Leone was giving in return",
            None),
        (D, "Abu Bakarr Turay", "Nothing is free in international relations. If there are mining or fishing rights "
            "attached to this wheat, the people of Sierra Leone deserve to know it before, not after,", None),
        (I, "Citizens\u2019 Accountability Network", "it would write to the Speaker of Parliament asking for the "
            "agreement to be laid before the House", None),
        (I, "Ibrahim Bangura", "the wheat would help in the short term but would not solve the country\u2019s "
            "dependence on imported food", None),
        (I, "Ibrahim Bangura", "Sierra Leone spends about US$90 million a year on wheat and flour imports, almost all "
            "of it paid for in dollars", None),
        (D, "Ibrahim Bangura", "Twenty-five thousand tonnes is about a fifth of what we eat in a year. It is "
            "welcome, but it is not a food policy,", None),
        (S, None, "humanitarian diplomacy", None),
        (I, "ministry of foreign affairs and international cooperation", "The first shipment is expected to arrive "
            "at the Queen Elizabeth II Quay in February", None),
    ],
    "actors": [
        actor("ministry of foreign affairs and international cooperation", "government", title="foreign ministry",
              affiliation="Sierra Leone",
              aliases=["ministry of foreign affairs and international cooperation", "ministry"], stance=1),
        actor("Fatmata Sesay-Kamara", "person", title="foreign minister", affiliation="Sierra Leone",
              aliases=["Fatmata Sesay-Kamara", "Sesay-Kamara"], stance=1),
        actor("Sierra Leone Bakers Association", "organisation", title="bakers' trade body",
              aliases=["Sierra Leone Bakers Association"], stance=None),
        actor("Alexei Pavlenko", "person", title="Russian ambassador to Sierra Leone", affiliation="Russia",
              aliases=["Alexei Pavlenko", "Pavlenko"], stance=1),
        actor("senior official at the ministry of trade", "person", title="anonymous trade ministry official",
              affiliation="Sierra Leone", aliases=["senior official at the ministry of trade"], stance=0),
        actor("Abu Bakarr Turay", "person", title="member of parliament for Constituency 061",
              affiliation="All People\u2019s Congress", aliases=["Abu Bakarr Turay", "Turay"], stance=-1),
        actor("Citizens\u2019 Accountability Network", "organisation", title="civil society group",
              aliases=["Citizens\u2019 Accountability Network"], stance=-1),
        actor("Ibrahim Bangura", "person", title="economist", affiliation="Fourah Bay College",
              aliases=["Ibrahim Bangura", "Bangura"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Montana Free Press energy/politics (the PSC approves a utility rate increase), headline and standfirst
#    without speech, "by Tessa Lund" and date lines, "HELENA —" dateline, curly double quotes and ’
#    apostrophes, "Latest in Energy" related-story lines. Scare "all-of-the-above" resource plan; chair with
#    party apposition "said the increase was "..." given ..." (partial only), quote with "Oster said", "He
#    said A"; dissenting commissioner "said the majority had "..." spending ..." (partial only), "In a
#    written dissent, he argued that A"; utility spokesperson "said in an email that the company "..." and
#    that A" (partial plus indirect); consumer counsel introduced after an apposition chain, "told MTFP A",
#    quote split by "Sorensen said"; environmental group "called the vote "..." and said in a statement that
#    A"; ratepayer with age apposition "said Tuesday A", "she said".
ARTICLES[f"{BATCH}/psc-northwestern-rate-increase.gold.json"] = {
    "article": f"{BATCH}/psc-northwestern-rate-increase.txt",
    "target": "Montana Public Service Commission",
    "quotes": [
        (S, None, "all-of-the-above", None),
        (P, "Randall Oster", "painful but justified", None),
        (D, "Randall Oster", "Nobody on this commission likes raising rates right before Christmas. But the law "
            "requires us to let a utility recover prudent costs, and after 14 months of testimony, I\u2019m "
            "satisfied these costs were prudent,", None),
        (I, "Randall Oster", "the commission had trimmed the company\u2019s request by disallowing about $38 million "
            "in costs, including part of the plant\u2019s overruns", None),
        (P, "Tom Kuntz", "rubber-stamped", None),
        (I, "Tom Kuntz", "NorthWestern should have been required to show why it did not buy cheaper power on the "
            "regional market instead of building the plant", None),
        (P, "Carla Meissner", "appreciates the commission\u2019s careful review", None),
        (I, "Carla Meissner", "average residential bills would rise by about $11 a month", None),
        (I, "Hallie Sorensen", "her office was reviewing whether to appeal the decision in district court", None),
        (D, "Hallie Sorensen", "The commission had the evidence in front of it to do better for ratepayers, and it "
            "chose not to,", None),
        (D, "Hallie Sorensen", "We have 30 days, and we\u2019ll use them.", None),
        (P, "Montana Environmental Information Center", "a gift to shareholders", None),
        (I, "Montana Environmental Information Center", "the plant would lock customers into fossil fuel costs for "
            "decades", None),
        (I, "Marlene Two Bulls", "she already keeps her thermostat at 62 degrees to manage her bill", None),
        (D, "Marlene Two Bulls", "I don\u2019t know where another eleven dollars comes from. I\u2019m not the only "
            "one on my street asking that,", None),
    ],
    "actors": [
        actor("Randall Oster", "person", title="Commission Chair", affiliation="Montana Public Service Commission",
              aliases=["Randall Oster", "Oster"], stance=1),
        actor("Tom Kuntz", "person", title="Commissioner", affiliation="Montana Public Service Commission",
              aliases=["Tom Kuntz", "Kuntz"], stance=-1),
        actor("Carla Meissner", "person", title="spokesperson", affiliation="NorthWestern Energy",
              aliases=["Carla Meissner", "Meissner"], stance=1),
        actor("Hallie Sorensen", "person", title="head of the Montana Consumer Counsel",
              affiliation="Montana Consumer Counsel", aliases=["Hallie Sorensen", "Sorensen"], stance=-1),
        actor("Montana Environmental Information Center", "organisation", title="environmental group",
              aliases=["Montana Environmental Information Center"], stance=-1),
        actor("Marlene Two Bulls", "person", title="Billings resident", aliases=["Marlene Two Bulls", "Two Bulls"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Nottingham Post / Nottinghamshire Live labour (bus drivers to strike), headline with a straight single
#    fragment "... as union says pay offer 'an insult'" (partial for Unite), standfirst without speech,
#    "By ..." / "Local Democracy Reporter" / "09:12, 4 Dec 2026" lines, straight " and apostrophes,
#    "per cent", Reach-style colon quotes ("He said: "..."", "He added: "...""), "Read more:" lines. Lede
#    content before "the Unite union has confirmed"; content before "Unite said"; regional officer "said
#    A, which the union described as "..." after ..." (indirect for him, partial for the union); managing
#    director "said the offer was "..." and that A"; "A spokesperson for the company said: "..."", "The
#    spokesperson said A"; council cabinet member with a title chain "said the authority was "..." about
#    ..." (partial only; his "I'd urge both sides ..." sits inside the direct quote), "he said"; shopper
#    "Speaking to Nottinghamshire Live ..., said A", "she said"; warehouse worker "said A", "he said".
ARTICLES[f"{BATCH}/sherwood-connect-bus-strike.gold.json"] = {
    "article": f"{BATCH}/sherwood-connect-bus-strike.txt",
    "target": "Sherwood Connect",
    "quotes": [
        (P, "Unite", "an insult", "'an insult'"),
        (I, "Unite", "Bus drivers at Sherwood Connect will walk out for five days in the week before Christmas after "
            "rejecting the company's latest pay offer", None),
        (I, "Unite", "About 280 drivers based at the firm's depots in Mansfield and Newark will strike from Monday, "
            "December 14, to Friday, December 18", None),
        (I, "Darren Whitlock", "drivers had been offered a 3.5 per cent rise", None),
        (P, "Unite", "an insult", "\"an insult\""),
        (D, "Darren Whitlock", "Our members kept this county moving through floods, roadworks and a driver shortage. "
            "They are not asking for the moon, they are asking for a wage that keeps up with their rent.", None),
        (D, "Darren Whitlock", "Nobody wants to strike in Christmas week. The company can stop this with one phone "
            "call.", None),
        (P, "Alan Pegg", "fair and affordable", None),
        (I, "Alan Pegg", "the firm's profits had been reinvested in 40 new electric buses", None),
        (D, "spokesperson for the company", "We are disappointed that Unite has chosen to target the busiest "
            "shopping week of the year. We will run as many services as we can and will publish a revised timetable "
            "on our website by Friday.", None),
        (I, "spokesperson for the company", "the company remained open to talks through the conciliation service "
            "Acas", None),
        (P, "Neil Clarke-Hurst", "deeply concerned", None),
        (D, "Neil Clarke-Hurst", "We subsidise a number of these routes, so this affects taxpayers as well as "
            "passengers. I'd urge both sides to get back round the table,", None),
        (I, "Janet Oyelaran", "she sympathised with the drivers", None),
        (D, "Janet Oyelaran", "They're out in all weathers and they're always polite. If they say they're skint, I "
            "believe them,", None),
        (I, "Kieran Marsh", "the timing could not be worse", None),
        (D, "Kieran Marsh", "Christmas week is when I get the most shifts. If there's no bus, there's no money,",
            None),
    ],
    "actors": [
        actor("Unite", "organisation", title="trade union", aliases=["Unite", "union"], stance=-1),
        actor("Darren Whitlock", "person", title="regional officer", affiliation="Unite",
              aliases=["Darren Whitlock", "Whitlock"], stance=-1),
        actor("Alan Pegg", "person", title="managing director", affiliation="Sherwood Connect",
              aliases=["Alan Pegg", "Pegg"], stance=1),
        actor("spokesperson for the company", "person", title="spokesperson", affiliation="Sherwood Connect",
              aliases=["spokesperson for the company", "spokesperson"], stance=1),
        actor("Neil Clarke-Hurst", "person", title="cabinet member for transport",
              affiliation="Nottinghamshire County Council", aliases=["Neil Clarke-Hurst", "Clarke-Hurst"], stance=0),
        actor("Janet Oyelaran", "person", title="shopper", aliases=["Janet Oyelaran", "Oyelaran"], stance=-1),
        actor("Kieran Marsh", "person", title="warehouse worker and bus passenger", aliases=["Kieran Marsh", "Marsh"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Donegal News culture (a theatre pulls an Irish-language play), headline with a straight single
#    fragment "Gweedore playwright says her play was 'silenced' ..." (partial for the playwright), "By ..."
#    and "Thursday 3rd December 2026" lines, straight " and apostrophes, Irish names with fadas (Ní
#    Dhomhnaill, Mac Giolla Bhríde, Ó Gallchóir, Údarás na Gaeltachta), the play's title Tost. Lede
#    "accused An Grianán Theatre ... of "..."" (partial); theatre "said in a statement that ... had been
#    withdrawn because of "..." ..., and that A" (partial plus indirect); playwright "told the Donegal News
#    she believed A", quote with "she said" and a quote-only paragraph; artistic director "said the
#    decision had been "..." of his career" (partial only), Q&A "Asked whether ..., he said: "..."", quote
#    with "Mr Mac Giolla Bhríde added"; agency spokesperson "confirmed A and was seeking "..." from ..."
#    (indirect plus partial); actor "said the company ... was "..."" (partial only), then content before
#    "he said"; councillor "said A", quote with "Cllr McGarvey said"; anonymous audience member "said A";
#    scare so-called "chilling effect"; "Ms Ní Dhomhnaill said A".
ARTICLES[f"{BATCH}/grianan-play-withdrawn.gold.json"] = {
    "article": f"{BATCH}/grianan-play-withdrawn.txt",
    "target": "Caitr\u00edona N\u00ed Dhomhnaill",
    "quotes": [
        (P, "Caitr\u00edona N\u00ed Dhomhnaill", "silenced", "'silenced'"),
        (P, "Caitr\u00edona N\u00ed Dhomhnaill", "quietly censoring", None),
        (P, "An Grian\u00e1n Theatre", "unresolved technical and insurance issues", None),
        (I, "An Grian\u00e1n Theatre", "it hoped to work with Ms N\u00ed Dhomhnaill again in the future", None),
        (I, "Caitr\u00edona N\u00ed Dhomhnaill", "she believed the decision followed complaints from a small number "
            "of people who had read about the play's subject matter in the parish newsletter", None),
        (D, "Caitr\u00edona N\u00ed Dhomhnaill", "Nobody from the theatre has ever raised a technical problem with "
            "me. Not once in eighteen months,", None),
        (D, "Caitr\u00edona N\u00ed Dhomhnaill", "I wrote this play because people in my own community asked me to. "
            "They wanted their story told in their own language, and now it has been silenced before anyone has "
            "even seen it.", None),
        (P, "P\u00e1draig Mac Giolla Bhr\u00edde", "one of the hardest", None),
        (D, "P\u00e1draig Mac Giolla Bhr\u00edde", "We receive correspondence about every production we do. That is "
            "not why this decision was made.", None),
        (D, "P\u00e1draig Mac Giolla Bhr\u00edde", "I have huge respect for Caitr\u00edona and for the work. I would "
            "love to see Tost on a stage, and I hope it will be,", None),
        (I, "spokesperson for \u00dadar\u00e1s na Gaeltachta", "the agency had been informed of the decision last "
            "Friday", None),
        (P, "spokesperson for \u00dadar\u00e1s na Gaeltachta", "a full explanation", None),
        (P, "Se\u00e1n \u00d3 Gallch\u00f3ir", "gutted", None),
        (I, "Se\u00e1n \u00d3 Gallch\u00f3ir", "Several of them had turned down other work to be available for the "
            "run", None),
        (I, "Noreen McGarvey", "she would raise the matter at the next meeting of the Glenties Municipal District",
            None),
        (D, "Noreen McGarvey", "This is a brave play by one of our own. If there are technical issues, fix them. "
            "Don't bury the play,", None),
        (I, "One person who attended a rehearsed reading", "the audience of around 80 people had given it a standing "
            "ovation", None),
        (S, None, "chilling effect", None),
        (I, "Caitr\u00edona N\u00ed Dhomhnaill", "she was now in talks with two other venues about staging the play "
            "in 2027", None),
    ],
    "actors": [
        actor("Caitr\u00edona N\u00ed Dhomhnaill", "person", title="playwright",
              aliases=["Caitr\u00edona N\u00ed Dhomhnaill", "N\u00ed Dhomhnaill", "Gweedore playwright"], stance=1),
        actor("An Grian\u00e1n Theatre", "organisation", title="theatre", aliases=["An Grian\u00e1n Theatre",
              "An Grian\u00e1n"], stance=0),
        actor("P\u00e1draig Mac Giolla Bhr\u00edde", "person", title="artistic director",
              affiliation="An Grian\u00e1n Theatre",
              aliases=["P\u00e1draig Mac Giolla Bhr\u00edde", "Mac Giolla Bhr\u00edde"], stance=0),
        actor("spokesperson for \u00dadar\u00e1s na Gaeltachta", "person", title="spokesperson",
              affiliation="\u00dadar\u00e1s na Gaeltachta",
              aliases=["spokesperson for \u00dadar\u00e1s na Gaeltachta"], stance=None),
        actor("Se\u00e1n \u00d3 Gallch\u00f3ir", "person", title="actor cast as the parish priest",
              aliases=["Se\u00e1n \u00d3 Gallch\u00f3ir", "\u00d3 Gallch\u00f3ir"], stance=1),
        actor("Noreen McGarvey", "person", title="councillor", affiliation="Donegal County Council",
              aliases=["Noreen McGarvey", "McGarvey"], stance=1),
        actor("One person who attended a rehearsed reading", "person", title="anonymous audience member",
              aliases=["One person who attended a rehearsed reading"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
