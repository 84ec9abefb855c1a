"""Build the test155 gold files (data/eval/test155/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev209/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test155/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test155.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test155"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Bogotá Post (Colombia, English-language) local government/transport (the first metro line's opening slips a
#    year), headline with a curly double fragment "... as builder blames “design changes”", byline and date lines,
#    curly “ ” and ’, US punctuation inside closing marks; lede content before "the Empresa Metro de Bogotá (EMB)
#    said"; "The public company said A and that B" (one span); manager's quote split by "told reporters ...";
#    "Rojas said A"; "The consortium rejected that figure." (act); consortium statement "it said the delay was the
#    result of “...” at three stations and of ..." (partial only), then a quote split by "the statement said";
#    spokesperson "told Caracol Radio that the company expected to complete the handover “before Easter.”" (partial
#    only); group "Residents of the Patio Bonito neighbourhood said A"; stallholder named after the first stretch,
#    quote open at the end of its paragraph and a closed quote-only paragraph; councillor "called the new timeline
#    “...” and said A"; scare so-called “integration” phase; "According to <researcher>, A", "she said"; Mayor's
#    Office "said in a statement that A and that B".
ARTICLES[f"{BATCH}/bogota-metro-line-one-delay.gold.json"] = {
    "article": f"{BATCH}/bogota-metro-line-one-delay.txt",
    "target": "Consorcio Sabana Férrea",
    "quotes": [
        (P, "Consorcio Sabana Férrea", "design changes", "Metro Line 1 opening"),
        (I, "Empresa Metro de Bogotá", "Bogotá’s first metro line will not carry passengers until the second half of "
            "2029, more than a year later than promised", None),
        (I, "Empresa Metro de Bogotá", "the Chinese-led consortium building the line, Consorcio Sabana Férrea, had "
            "failed to deliver 11 of the 30 trains on schedule and that testing on the viaduct between Kennedy and "
            "Avenida Primero de Mayo had been suspended twice this year", None),
        (D, "Andrés Felipe Rojas", "We are not going to open a metro that is not safe just to meet a date on a "
            "calendar,", None),
        (D, "Andrés Felipe Rojas", "Every week of testing we skip now is a problem we inherit for fifty years.", None),
        (I, "Andrés Felipe Rojas", "the company would apply contractual penalties of up to 0.1 per cent of the "
            "contract value for each day of delay attributable to the builder", None),
        (P, "Consorcio Sabana Férrea", "design changes requested by the client", None),
        (D, "Consorcio Sabana Férrea", "Sabana Férrea has met every technical milestone that depended on us,", None),
        (D, "Consorcio Sabana Férrea", "Where we have been late, it is because the ground was not ours to build on.",
            None),
        (P, "Zhou Min", "before Easter.", None),
        (I, "Residents of the Patio Bonito neighbourhood", "the works had closed roads and cut foot traffic to local "
            "shops for almost four years", None),
        (D, "Marleny Castañeda", "First they told us 2027, then 2028. Now it is 2029,", None),
        (D, "Marleny Castañeda", "I have stopped believing the dates. I just want them to take the fences away.",
            None),
        (D, "Marleny Castañeda", "My customers cannot even cross the street. Some days I sell half of what I sold "
            "before the works.", None),
        (P, "Juan Sebastián Ortega", "a national embarrassment", None),
        (I, "Juan Sebastián Ortega", "the council would summon both the EMB and the consortium to a debate before the "
            "end of the year", None),
        (S, None, "integration", None),
        (I, "Diana Lucía Parra", "most large rail projects in Latin America have opened between one and three years "
            "behind schedule", None),
        (D, "Diana Lucía Parra", "Bogotá has waited seventy years for a metro. A year more is painful, but a rushed "
            "opening would be worse,", None),
        (I, "Mayor’s Office", "the city’s share of the financing was secured and that the delay would not increase "
            "the cost to Bogotá taxpayers", None),
    ],
    "actors": [
        actor("Empresa Metro de Bogotá", "organisation", title="public metro company", affiliation="Bogotá",
              aliases=["Empresa Metro de Bogotá", "EMB", "The public company"], stance=-1),
        actor("Andrés Felipe Rojas", "person", title="general manager", affiliation="Empresa Metro de Bogotá",
              aliases=["Andrés Felipe Rojas", "Rojas"], stance=-1),
        actor("Consorcio Sabana Férrea", "organisation", title="Chinese-led construction consortium", affiliation=None,
              aliases=["Consorcio Sabana Férrea", "Sabana Férrea", "The consortium", "the consortium", "builder"],
              stance=1),
        actor("Zhou Min", "person", title="spokesperson in Bogotá", affiliation="Consorcio Sabana Férrea",
              aliases=["Zhou Min", "Zhou"], stance=1),
        actor("Residents of the Patio Bonito neighbourhood", "group", title="residents", affiliation=None,
              aliases=["Residents of the Patio Bonito neighbourhood"], stance=-1),
        actor("Marleny Castañeda", "person", title="empanada seller on Avenida Primero de Mayo", affiliation=None,
              aliases=["Marleny Castañeda", "Castañeda"], stance=-1),
        actor("Juan Sebastián Ortega", "person", title="city councillor", affiliation="Green Alliance",
              aliases=["Juan Sebastián Ortega", "Ortega"], stance=-1),
        actor("Diana Lucía Parra", "person", title="transport researcher", affiliation="Universidad de los Andes",
              aliases=["Diana Lucía Parra", "Parra"], stance=0),
        actor("Mayor’s Office", "government", title="mayor's office", affiliation="Bogotá",
              aliases=["Mayor’s Office"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. pharmaphorum (UK pharma trade press) science/business (a biotech's lead drug misses in phase 3), headline without
#    speech, byline and date lines, straight " and apostrophes, British punctuation outside closing marks for
#    fragments, "60%", "540p", "£120 million"; lede content before "the Oxford-based biotech said", the writer's
#    "sending its shares down" left out; "The company said A and that B" (one span); chief executive's quote split
#    by "told analysts on a conference call", "Marchetti said A, and that B" (one span); scare so-called
#    "treat-through" regimen; CMO named after the first stretch ("said Dr Tomasz Wilk, Veltrane's chief medical
#    officer"), second stretch; analyst "said the result left Veltrane "..." and cut her price target" (partial only),
#    "she told pharmaphorum"; partner "said it would review ... "in the coming weeks"" (partial only); professor
#    "said A", "she said"; charity "said in a statement that the result was "..." ..., but that B" (partial plus
#    indirect).
ARTICLES[f"{BATCH}/veltrane-vlt204-phase3-miss.gold.json"] = {
    "article": f"{BATCH}/veltrane-vlt204-phase3-miss.txt",
    "target": "Veltrane Therapeutics",
    "quotes": [
        (I, "Veltrane Therapeutics", "Veltrane Therapeutics' lead drug VLT-204 failed to beat placebo in a phase 3 "
            "trial in moderate-to-severe ulcerative colitis", None),
        (I, "Veltrane Therapeutics", "the difference was not statistically significant and that the drug's safety "
            "profile was consistent with earlier studies", None),
        (D, "Helen Marchetti", "We are obviously deeply disappointed, above all for patients who have run out of "
            "options,", None),
        (D, "Helen Marchetti", "The science behind VLT-204 remains sound, but this trial did not show the benefit we "
            "needed to see.", None),
        (I, "Helen Marchetti", "the company would complete a full analysis of the data before deciding whether to "
            "continue the programme, and that it had enough cash to fund operations into 2028", None),
        (S, None, "treat-through", None),
        (D, "Tomasz Wilk", "In patients with high faecal calprotectin, we saw a signal that we think is real,", None),
        (D, "Tomasz Wilk", "But it is a post-hoc finding, and we will be careful about what we claim.", None),
        (P, "Sophie Brandt", "with one asset and no clear path", None),
        (D, "Sophie Brandt", "Investors have heard the subgroup story many times in inflammatory bowel disease, and it "
            "rarely ends well,", None),
        (P, "Kisaragi Pharma", "in the coming weeks", None),
        (I, "Anjali Rao", "oral drugs that could match injected biologics were still badly needed", None),
        (D, "Anjali Rao", "Most patients would much rather take a tablet than an injection. The failure of one "
            "mechanism does not mean the whole approach is dead,", None),
        (P, "Crohn's & Colitis UK", "a blow", None),
        (I, "Crohn's & Colitis UK", "several other oral treatments were in late-stage development", None),
    ],
    "actors": [
        actor("Veltrane Therapeutics", "organisation", title="biotech", affiliation=None,
              aliases=["Veltrane Therapeutics", "Veltrane", "The company", "the company"], stance=0),
        actor("Helen Marchetti", "person", title="chief executive", affiliation="Veltrane Therapeutics",
              aliases=["Helen Marchetti", "Marchetti"], stance=1),
        actor("Tomasz Wilk", "person", title="chief medical officer", affiliation="Veltrane Therapeutics",
              aliases=["Tomasz Wilk", "Dr Tomasz Wilk", "Wilk"], stance=1),
        actor("Sophie Brandt", "person", title="analyst", affiliation="Harcourt Lane Capital",
              aliases=["Sophie Brandt", "Brandt"], stance=-1),
        actor("Kisaragi Pharma", "organisation", title="partner drugmaker (Osaka)", affiliation=None,
              aliases=["Kisaragi Pharma"], stance=0),
        actor("Anjali Rao", "person", title="gastroenterologist", affiliation="King's College London",
              aliases=["Anjali Rao", "Professor Anjali Rao", "Rao"], stance=None),
        actor("Crohn's & Colitis UK", "organisation", title="patient charity", affiliation=None,
              aliases=["Crohn's & Colitis UK"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Kuwait Times (Gulf, English-language daily) health (public hospitals raise fees for expatriates), headline
#    without speech, byline, dateline "KUWAIT:", straight " and apostrophes, "KD 10", "percent", British punctuation
#    outside closing marks for fragments; lede content before "the Ministry of Health announced on Sunday"; "The
#    ministry said A, and that public hospitals had been operating at "..." for three years" (indirect plus partial);
#    content before ", it said"; assistant undersecretary named after his quote ("... told Kuwait Times"), "He said
#    A"; Q&A "Asked whether ..., he said: "..."" (direct); content before "according to PACI data"; group "Residents
#    who spoke to Kuwait Times said A"; resident named by first name only after his quote; anonymous accountant "said
#    A but doubted B" (one span), then a quote-only "he said" paragraph; scare so-called "health tax"; association
#    "said in a statement that it welcomed "..."" (partial only), "but urged ..." (directive); anonymous ministry
#    source "told Kuwait Times that A", then a quote with "the source said" in the same paragraph.
ARTICLES[f"{BATCH}/kuwait-expat-hospital-fees.gold.json"] = {
    "article": f"{BATCH}/kuwait-expat-hospital-fees.txt",
    "target": "Ministry of Health",
    "quotes": [
        (I, "Ministry of Health", "Expatriate residents will pay KD 10 for a visit to a public hospital's emergency "
            "department and KD 5 for a consultation at a polyclinic from January 1, 2027", None),
        (I, "Ministry of Health", "the new fees, approved by the Cabinet last week, would help cut waiting times", None),
        (P, "Ministry of Health", "close to full capacity", None),
        (I, "Ministry of Health", "Citizens, domestic workers and children under 12 will remain exempt", None),
        (D, "Fahad Al-Mutairi", "The ministry is not trying to make money from residents. We are trying to make sure "
            "that the person who needs emergency care at 2 am gets it without waiting six hours,", None),
        (I, "Fahad Al-Mutairi", "revenues from the fees would go to a fund for new equipment at Farwaniya and Jahra "
            "hospitals, which serve areas with large expatriate populations", None),
        (D, "Fahad Al-Mutairi", "Nobody will be turned away from an emergency department because they cannot pay on "
            "the day. There will be mechanisms for this.", None),
        (I, "PACI", "Expatriates make up about 68 percent of Kuwait's population of 4.9 million", None),
        (I, "Residents who spoke to Kuwait Times", "the fees would add to pressures that already include higher "
            "residency renewal charges and rising rents", None),
        (D, "Joseph", "I earn KD 180 a month. If my son gets a fever twice in one month, that is more than a week of my "
            "salary gone,", None),
        (I, "Egyptian accountant in Hawally", "he supported the idea of reducing crowding but doubted the fees would "
            "achieve it", None),
        (D, "Egyptian accountant in Hawally", "People who go to the emergency for a cold will still go. They will just "
            "pay. The people who stay home will be the ones who really cannot afford it,", None),
        (S, None, "health tax", None),
        (P, "Kuwait Medical Association", "any step that reduces the pressure on emergency doctors", None),
        (I, "ministry source", "fees for expatriates at specialised centres, including the Kuwait Cancer Control "
            "Center, were also under review", None),
        (D, "ministry source", "No decision has been taken yet on the specialised centres,", None),
    ],
    "actors": [
        actor("Ministry of Health", "government", title="ministry", affiliation="Kuwait",
              aliases=["Ministry of Health", "MoH", "The ministry"], stance=1),
        actor("Fahad Al-Mutairi", "person", title="Assistant Undersecretary for Medical Services",
              affiliation="Ministry of Health", aliases=["Fahad Al-Mutairi", "Dr Fahad Al-Mutairi", "Al-Mutairi"],
              stance=1),
        actor("PACI", "government", title="Public Authority for Civil Information", affiliation="Kuwait",
              aliases=["PACI"], stance=None),
        actor("Residents who spoke to Kuwait Times", "group", title="expatriate residents", affiliation=None,
              aliases=["Residents who spoke to Kuwait Times"], stance=-1),
        actor("Joseph", "person", title="driver from Tamil Nadu, 41", affiliation=None, aliases=["Joseph"], stance=-1),
        actor("Egyptian accountant in Hawally", "person", title="accountant (anonymous)", affiliation=None,
              aliases=["Egyptian accountant in Hawally"], stance=-1),
        actor("Kuwait Medical Association", "organisation", title="doctors' association", affiliation="Kuwait",
              aliases=["Kuwait Medical Association"], stance=0),
        actor("ministry source", "person", title="anonymous ministry source", affiliation="Ministry of Health",
              aliases=["ministry source", "the source"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Talamua (Samoa, Pacific online news) sport (the rugby union sacks the national coach), headline without speech,
#    "By Talamua Staff", dateline "APIA, 02 DECEMBER 2026 –", curly “ ” and ’ (Nuku’alofa), British punctuation
#    outside closing marks for fragments; lede "has ended the contract" (the writer's); union statement "the union
#    said A, and that B" (one span), then a quote split by "the statement said"; chairman (matai title first,
#    "Leiataua said") "told Talamua A", quote and a quote-only paragraph; coach "said A", quote split by "he said",
#    "He said A, and described the preparation camp in Apia as “...”" (indirect plus partial); anonymous player "said
#    the squad had been “...” by the timing" (partial only), then "the player said"; scare so-called “high
#    performance review”; "According to a source close to the board, A"; minister "said A but expected “...” for
#    ..." (indirect plus partial); group "Fans at Apia Park ... Several said A"; fan named after his quote.
ARTICLES[f"{BATCH}/samoa-rugby-union-sacks-coach.gold.json"] = {
    "article": f"{BATCH}/samoa-rugby-union-sacks-coach.txt",
    "target": "Samoa Rugby Union",
    "quotes": [
        (I, "Samoa Rugby Union", "the decision followed a review of the team’s performance by its board and its high "
            "performance unit, and that an interim coach would be named before Christmas", None),
        (D, "Samoa Rugby Union", "The board thanks Peter for his commitment to Manu Samoa over the last three years,",
            None),
        (D, "Samoa Rugby Union", "However, the results this season have fallen well below the standard our players "
            "and our supporters expect.", None),
        (I, "Leiataua Sione Masoe", "the decision had been unanimous", None),
        (D, "Leiataua Sione Masoe", "This was not about one tournament. We looked at three years of results, at player "
            "welfare, at the way the team prepares, and the board felt it was time for a change,", None),
        (D, "Leiataua Sione Masoe", "We owe it to the people of Samoa to be honest when something is not working.",
            None),
        (I, "Peter Faleolo", "he had learned of his sacking from a two-line email", None),
        (D, "Peter Faleolo", "I gave everything to this team. I would have accepted the decision if they had sat down "
            "with me and told me to my face,", None),
        (D, "Peter Faleolo", "After three years, I think I deserved that.", None),
        (I, "Peter Faleolo", "the union had failed to secure the release of players from overseas clubs for two of the "
            "three matches", None),
        (P, "Peter Faleolo", "a week of fundraising dinners and not enough rugby", None),
        (P, "senior Manu Samoa player", "shocked", None),
        (D, "senior Manu Samoa player", "Half the boys found out on Facebook,", None),
        (S, None, "high performance review", None),
        (I, "source close to the board", "at least two directors had pushed for Faleolo’s removal since the team’s "
            "loss to Tonga in Nuku’alofa in July", None),
        (I, "Laulu Tavita Aiono", "the Government respected the independence of the union", None),
        (P, "Laulu Tavita Aiono", "a clear plan", None),
        (I, "Fans at Apia Park", "the coach had been made a scapegoat for problems in the union’s administration", None),
        (D, "Mikaele Tuimavave", "The problem is not the coach, it is the people in the office,", None),
    ],
    "actors": [
        actor("Samoa Rugby Union", "organisation", title="national rugby union", affiliation="Samoa",
              aliases=["Samoa Rugby Union", "SRU", "the union"], stance=1),
        actor("Leiataua Sione Masoe", "person", title="chairman", affiliation="Samoa Rugby Union",
              aliases=["Leiataua Sione Masoe", "Leiataua"], stance=1),
        actor("Peter Faleolo", "person", title="sacked Manu Samoa head coach", affiliation="Samoa Rugby Union",
              aliases=["Peter Faleolo", "Faleolo"], stance=-1),
        actor("senior Manu Samoa player", "person", title="senior player (anonymous)", affiliation="Manu Samoa",
              aliases=["senior Manu Samoa player", "the player"], stance=-1),
        actor("source close to the board", "person", title="anonymous source", affiliation=None,
              aliases=["source close to the board"], stance=0),
        actor("Laulu Tavita Aiono", "person", title="Minister for Sports", affiliation="Government of Samoa",
              aliases=["Laulu Tavita Aiono", "Laulu"], stance=0),
        actor("Fans at Apia Park", "group", title="fans", affiliation=None, aliases=["Fans at Apia Park"], stance=-1),
        actor("Mikaele Tuimavave", "person", title="former club player from Vaitele, 52", affiliation=None,
              aliases=["Mikaele Tuimavave", "Tuimavave"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
