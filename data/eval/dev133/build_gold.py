"""Build the dev133 gold files (data/eval/dev133/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev133/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev133.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev133"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. newsinenglish.no (Norway) fisheries/diplomacy (Barents Sea cod quota talks with Russia collapse), headline
#    without speech, date line, no byline, straight " and apostrophes, Norwegian names in brackets
#    (Havforskningsinstituttet, Rosrybolovstvo, Fiskarlaget). Minister "told ... NRK ... that A, and that it would
#    set its own quota ... "..."" (indirect plus partial), "Solbakken said"; "Scientists at the Institute of
#    Marine Research ... have warned that A"; agency "blamed Norway" (act), "In a statement posted on its website,
#    the agency said Oslo had "..." the commission by ..., and that B" (partial plus indirect); delegation head
#    "went further" (not speech), "told ... Interfax that Norway was "..." and that Russian fishermen would "...""
#    (two partials); "Norwegian officials say A"; fishermen's association "said A"; its leader named after his
#    quote ("said Fiskarlaget's leader, Kjell Ove Lund, who ..."); skipper with a word-like surname (Arne Fisk)
#    "said A", "Fisk told newsinenglish.no by phone"; professor "said the breakdown was "..."" (partial only),
#    "she said"; "did not respond to questions" (not annotated).
ARTICLES[f"{BATCH}/barents-cod-quota-talks-russia.gold.json"] = {
    "article": f"{BATCH}/barents-cod-quota-talks-russia.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ingrid Solbakken", "Norway would not accept the higher figure Moscow had demanded", None),
        (P, "Ingrid Solbakken", "based on the advice of the researchers", None),
        (D, "Ingrid Solbakken", "We came to Tromsø to protect a fish stock, not to trade it away. The cod doesn't care "
            "about politics, and neither can we,", None),
        (I, "Scientists at the Institute of Marine Research", "the spawning stock is at its lowest level in more than 20 "
            "years", None),
        (P, "Federal Agency for Fisheries", "politicised", None),
        (I, "Federal Agency for Fisheries", "Russia reserved the right to set its own, higher quota", None),
        (P, "Sergei Voronin", "using science as a weapon", None),
        (P, "Sergei Voronin", "not pay for the sanctions policy of Oslo", None),
        (I, "Norwegian officials", "the restrictions are part of the country's sanctions against Russia and have nothing "
            "to do with fisheries management", None),
        (I, "Norwegian Fishermen's Association", "it supported the government's line but was worried about what a split "
            "quota would mean for prices", None),
        (D, "Kjell Ove Lund", "If each side fishes what it wants, we will all end up with less fish in a few years. "
            "That's the real danger here,", None),
        (I, "Arne Fisk", "the Russian side had never taken the stock warnings seriously", None),
        (D, "Arne Fisk", "They talk about science when it suits them. When it doesn't, it's sanctions,", None),
        (P, "Hanne Sivertsen", "serious but not the end of the world", None),
        (D, "Hanne Sivertsen", "The commission has survived the Cold War and a lot of bad weather. Both sides need each "
            "other out there, and I think both sides know it,", None),
    ],
    "actors": [
        actor("Ingrid Solbakken", "person", title="Fisheries Minister", affiliation="Norway",
              aliases=["Ingrid Solbakken", "Solbakken"], stance=-1),
        actor("Scientists at the Institute of Marine Research", "group", affiliation="Institute of Marine Research",
              aliases=["Scientists at the Institute of Marine Research"], stance=None),
        actor("Federal Agency for Fisheries", "government", affiliation="Russia",
              aliases=["Federal Agency for Fisheries", "Rosrybolovstvo", "the agency"], stance=1),
        actor("Sergei Voronin", "person", title="head of the Russian delegation", affiliation="Russia",
              aliases=["Sergei Voronin", "Voronin"], stance=1),
        actor("Norwegian officials", "group", affiliation="Norway", aliases=["Norwegian officials"], stance=-1),
        actor("Norwegian Fishermen's Association", "organisation", aliases=["Norwegian Fishermen's Association",
              "Fiskarlaget"], stance=0),
        actor("Kjell Ove Lund", "person", title="leader", affiliation="Norwegian Fishermen's Association",
              aliases=["Kjell Ove Lund", "Lund"], stance=0),
        actor("Arne Fisk", "person", title="skipper", affiliation="Finnmark", aliases=["Arne Fisk", "Fisk"],
              stance=-1),
        actor("Hanne Sivertsen", "person", title="Professor", affiliation="UiT The Arctic University of Norway",
              aliases=["Hanne Sivertsen", "Sivertsen"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Daily FT (Sri Lanka) business (a listed plantation company warns of losses after an estate wage rise),
#    headline without speech, no byline or dateline, straight " and apostrophes, "Rs. 1,750", "Rs. 640 million",
#    "PLC", "yesterday". Lede "UHP yesterday warned that A"; "In a filing with the Colombo Stock Exchange (CSE),
#    the company said A"; MD's quote "said in the filing" (the MD, not the company); "posted a net profit" (not
#    speech); MD "told the Daily FT on the sidelines of ... that A", "he said"; Planters' Association "said in a
#    statement that A, and called on the Government to ..." (indirect; the call is a directive); "dismissed the
#    warning" (act); union general secretary "said that the companies had made "..." in 2023 and 2024" (partial
#    only), "she said", "She said A"; ministry secretary with initials "said A and was B" (one indirect); "Market
#    analysts were more measured" (not speech); research house "in a note to clients said UHP's balance sheet
#    remained "...", with ..., but that B" (partial plus indirect); head of research "said A", "she said".
ARTICLES[f"{BATCH}/uva-highlands-plantations-wage.gold.json"] = {
    "article": f"{BATCH}/uva-highlands-plantations-wage.txt",
    "target": "Uva Highlands Plantations PLC",
    "quotes": [
        (I, "Uva Highlands Plantations PLC", "the new daily wage for estate workers would push its tea segment into "
            "losses in the final quarter of the financial year, unless auction prices recovered", None),
        (I, "Uva Highlands Plantations PLC", "the increase in the daily wage to Rs. 1,750, which came into effect on 1 "
            "December, would add about Rs. 640 million to its annual cost of production", None),
        (D, "Ruwan Jayawickrama", "While UHP fully supports the improvement of the living standards of our estate "
            "community, the wage increase has not been linked to productivity, and the industry cannot absorb it at "
            "current prices,", None),
        (I, "Ruwan Jayawickrama", "the company was considering handing over marginal land to smallholders under a "
            "revenue-share model", None),
        (D, "Ruwan Jayawickrama", "We have to be honest about the numbers. Some of these fields were planted in the "
            "1960s and the yields are simply not there,", None),
        (I, "Planters' Association of Ceylon", "at least eight Regional Plantation Companies (RPCs) were facing similar "
            "pressure", None),
        (P, "Saraswathi Ramanathan", "healthy profits", None),
        (D, "Saraswathi Ramanathan", "Every year it is the same story. When prices are high, the workers see nothing. "
            "When prices fall, suddenly the workers are the problem,", None),
        (I, "Saraswathi Ramanathan", "the union would resist any attempt to break up estates without consulting the "
            "workers living on them", None),
        (I, "D.M.P. Dissanayake", "the wage was set in line with the gazette notification issued by the Wages Board and "
            "was not open to renegotiation", None),
        (P, "First Capital Research", "relatively strong", None),
        (I, "First Capital Research", "earnings would stay under pressure until the second half of 2027", None),
        (I, "Dilani Wickramasinghe", "tea prices at the Colombo auction had eased by around 6% since September, largely "
            "due to weaker demand from Russia and Türkiye", None),
        (D, "Dilani Wickramasinghe", "UHP is a well-run company caught in a sector-wide squeeze. The real question is "
            "whether the auction recovers before the cash runs low,", None),
    ],
    "actors": [
        actor("Uva Highlands Plantations PLC", "organisation", title="Regional Plantation Company",
              aliases=["Uva Highlands Plantations PLC", "UHP", "the company"], stance=0),
        actor("Ruwan Jayawickrama", "person", title="Managing Director", affiliation="Uva Highlands Plantations PLC",
              aliases=["Ruwan Jayawickrama", "Jayawickrama"], stance=1),
        actor("Planters' Association of Ceylon", "organisation", aliases=["Planters' Association of Ceylon", "PA"],
              stance=1),
        actor("Saraswathi Ramanathan", "person", title="General Secretary", affiliation="Ceylon Workers' Congress",
              aliases=["Saraswathi Ramanathan", "Ramanathan"], stance=-1),
        actor("D.M.P. Dissanayake", "person", title="Labour Ministry Secretary", affiliation="Sri Lanka",
              aliases=["D.M.P. Dissanayake", "Dissanayake"], stance=-1),
        actor("First Capital Research", "organisation", title="research house", aliases=["First Capital Research"],
              stance=0),
        actor("Dilani Wickramasinghe", "person", title="Head of Research", affiliation="CT CLSA Securities",
              aliases=["Dilani Wickramasinghe", "Wickramasinghe"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Talamua Online (Samoa) local (rolling blackouts on Upolu), headline without speech, byline, "Apia, SAMOA –"
#    dateline, straight " and apostrophes (Moto'otua), Samoan chiefly titles before names (Tuiloma, Afioga
#    Lautafi, Seiuli). Lede participial "with the EPC now saying A"; "In a public notice issued on Monday, the EPC
#    said A, and that B" (one indirect); general manager "told Talamua that the corporation was doing "..." to
#    ..." (partial only), "he said", "He added that A"; "The Chamber ... has a different view." (not speech);
#    chamber president "said members had lost "..." in ..." (partial only), "she said"; "vendors ... said A"
#    (group); a seller named after his quote ("said one seller, Faleolo Sione, who ..."); minister "told
#    Parliament ... that A", quote with "the Minister said"; opposition MP "said the Government and the EPC had
#    "..." about ..." (partial only); ministry "confirmed that A and that B" (one indirect); "According to the
#    EPC, A"; "The EPC has apologised to customers" (act) "and said that A".
ARTICLES[f"{BATCH}/epc-outages-upolu-talamua.gold.json"] = {
    "article": f"{BATCH}/epc-outages-upolu-talamua.txt",
    "target": "Electric Power Corporation",
    "quotes": [
        (I, "Electric Power Corporation", "full supply may not be restored until the end of January", None),
        (I, "Electric Power Corporation", "two of the generators at its Tanugamanono power station remained out of "
            "service while it waited for spare parts from New Zealand, and that scheduled outages of up to four hours "
            "a day would continue in most districts", None),
        (P, "Tuiloma Fonoti Leavasa", "everything possible", None),
        (D, "Tuiloma Fonoti Leavasa", "We understand the hardship this is causing. Our engineers are working around the "
            "clock, but some of these parts have to be made to order overseas and we cannot make them appear faster,",
            None),
        (I, "Tuiloma Fonoti Leavasa", "the EPC had brought in a hired mobile generator from Fiji which is expected to "
            "arrive next week", None),
        (P, "Leilani Sapolu-Meredith", "hundreds of thousands of tala", None),
        (D, "Leilani Sapolu-Meredith", "Everyone knew these generators were old. The question our members are asking is "
            "why nothing was done about it two years ago, when the EPC's own board said they needed replacing,", None),
        (I, "vendors selling fish and chicken", "they had been forced to throw away produce", None),
        (D, "Faleolo Sione", "Three days in a row, no power in the afternoon. The ice melts, the fish goes bad, and who "
            "pays? Me,", None),
        (I, "Lautafi Tavita Toleafoa", "the Government would review the EPC's maintenance programme once supply was "
            "restored", None),
        (D, "Lautafi Tavita Toleafoa", "I am not here to defend the indefensible. But I am also not going to blame the "
            "engineers who are out there at two o'clock in the morning trying to fix this,", None),
        (P, "Seiuli Ueligitone Mulitalo", "ignored every warning", None),
        (I, "Ministry of Health", "the main hospital at Moto'otua had its own backup generators and that no patients had "
            "been affected", None),
        (I, "Electric Power Corporation", "customers can check the outage schedule for their village on the "
            "corporation's Facebook page, which is updated daily", None),
        (I, "Electric Power Corporation", "it would consider a partial refund on December bills", None),
    ],
    "actors": [
        actor("Electric Power Corporation", "organisation", title="state power utility", affiliation="Samoa",
              aliases=["Electric Power Corporation", "EPC"], stance=1),
        actor("Tuiloma Fonoti Leavasa", "person", title="General Manager", affiliation="Electric Power Corporation",
              aliases=["Tuiloma Fonoti Leavasa", "Leavasa"], stance=1),
        actor("Leilani Sapolu-Meredith", "person", title="president", affiliation="Chamber of Commerce and Industry",
              aliases=["Leilani Sapolu-Meredith", "Sapolu-Meredith"], stance=-1),
        actor("vendors selling fish and chicken", "group", affiliation="Fugalei market",
              aliases=["vendors selling fish and chicken"], stance=-1),
        actor("Faleolo Sione", "person", title="market seller", affiliation="Fugalei market",
              aliases=["Faleolo Sione", "Sione"], stance=-1),
        actor("Lautafi Tavita Toleafoa", "person", title="Minister for Public Enterprises", affiliation="Samoa",
              aliases=["Lautafi Tavita Toleafoa", "Toleafoa", "the Minister"], stance=0),
        actor("Seiuli Ueligitone Mulitalo", "person", title="Opposition MP",
              aliases=["Seiuli Ueligitone Mulitalo", "Mulitalo"], stance=-1),
        actor("Ministry of Health", "government", affiliation="Samoa", aliases=["Ministry of Health"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Kafkadesk (Central Europe) science (a Czech physicist's sensor claim splits colleagues), headline with a
#    curly-quoted fragment ("Czech physicist’s “room-temperature” sensor claim ..."), "Olomouc, Czechia –"
#    dateline, curly double quotes and curly apostrophes, Czech diacritics, "CZK 18 million". Headline fragment ->
#    partial for the physicist the headline names; lede "has reported that A" (the writer's ", a result that ..."
#    left out); passive "were hailed by the university as "..."" (partial, the university); "several physicists
#    ... have questioned whether ..." (reported question, not annotated); physicist "said A", a quote split by
#    "she told Kafkadesk"; Slovak physicist with a near-identical surname (Marek Novák, "no relation") "said the
#    noise levels ... were "..." for ..." (partial only), "Novák said"; anonymous Polish researcher "told Kafkadesk
#    that A"; grant agency "said in a statement that it had "..." in the team and that B" (partial plus indirect);
#    rector "defended his colleague in a post on LinkedIn, writing that Nováková was "..." and that B" (partial
#    plus indirect); the journal's editors "said ... that they were aware ... and were "...", but that B" (partial
#    plus indirect); former supervisor's quote "he said in an email"; "According to the Czech Ministry of Health,
#    A"; physicist "said A", "she said".
ARTICLES[f"{BATCH}/olomouc-quantum-sensor-novak.gold.json"] = {
    "article": f"{BATCH}/olomouc-quantum-sensor-novak.txt",
    "target": "Tereza Nováková",
    "quotes": [
        (P, "Tereza Nováková", "room-temperature", None),
        (I, "Tereza Nováková", "a diamond-based magnetic sensor built by her team at Palacký University in Olomouc can "
            "detect signals from single neurons at room temperature", None),
        (P, "Palacký University", "a breakthrough for Czech science", None),
        (I, "Tereza Nováková", "her group had repeated the measurement more than 200 times over 14 months", None),
        (D, "Tereza Nováková", "We were very careful not to oversell this. We say clearly what the sensor can do and what "
            "it cannot do yet,", None),
        (D, "Tereza Nováková", "I welcome criticism. That is how science works.", None),
        (P, "Marek Novák", "surprisingly low", None),
        (D, "Marek Novák", "It may be correct. But extraordinary results need an independent group to reproduce them "
            "before we start talking about cheaper brain scans,", None),
        (I, "researcher at a Polish institute", "two groups had tried and failed to reach comparable sensitivity in 2024",
            None),
        (P, "Czech Science Foundation", "full confidence", None),
        (I, "Czech Science Foundation", "the research had passed standard peer review", None),
        (P, "Jiří Hlaváček", "one of the most rigorous scientists I have worked with", None),
        (I, "Jiří Hlaváček", "the university would share its raw data with any group that asked", None),
        (P, "editors", "looking into them", None),
        (I, "editors", "no formal complaint had been filed", None),
        (D, "Ulrich Behrens", "Tereza is an outstanding experimentalist. I would still like to see the same signal in a "
            "second lab, and I think she would too,", None),
        (I, "Czech Ministry of Health", "waiting times for magnetoencephalography (MEG) scans, which are currently "
            "available at only two hospitals in the country, average around nine months", None),
        (I, "Tereza Nováková", "her team was already in talks with a second laboratory in Vienna to run an independent "
            "test early next year", None),
        (D, "Tereza Nováková", "If they see what we see, good. If they don’t, we will learn something,", None),
    ],
    "actors": [
        actor("Tereza Nováková", "person", title="physicist", affiliation="Palacký University",
              aliases=["Tereza Nováková", "Nováková", "Tereza"], stance=1),
        actor("Palacký University", "organisation", title="university", aliases=["Palacký University", "the university"],
              stance=1),
        actor("Marek Novák", "person", title="physicist", affiliation="Slovak Academy of Sciences",
              aliases=["Marek Novák", "Novák"], stance=-1),
        actor("researcher at a Polish institute", "person", title="anonymous researcher",
              aliases=["researcher at a Polish institute"], stance=-1),
        actor("Czech Science Foundation", "government", title="grant agency", affiliation="Czechia",
              aliases=["Czech Science Foundation", "GAČR"], stance=1),
        actor("Jiří Hlaváček", "person", title="rector", affiliation="Palacký University",
              aliases=["Jiří Hlaváček", "Hlaváček", "Prof. Jiří Hlaváček"], stance=1),
        actor("editors", "group", title="editors of Physical Review Applied", affiliation="Physical Review Applied",
              aliases=["editors"], stance=0),
        actor("Ulrich Behrens", "person", title="Professor, former supervisor", affiliation="University of Stuttgart",
              aliases=["Ulrich Behrens", "Behrens"], stance=0),
        actor("Czech Ministry of Health", "government", affiliation="Czechia", aliases=["Czech Ministry of Health"],
              stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
