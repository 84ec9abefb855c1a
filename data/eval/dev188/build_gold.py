"""Build the dev188 gold files (data/eval/dev188/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev188/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev188.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev188"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Chosun Ilbo English edition (Russia's arms transfers to North Korea), headline without speech,
#    byline and time lines, straight " and apostrophes, Korean surname-first names, two Kims told apart
#    by "Vice Minister Kim" / "Prof. Kim"; lede content before "the National Intelligence Service told
#    lawmakers"; "According to Rep. Yoo ..., the NIS believes A" (Yoo relays the briefing); "The spy
#    agency also said A" (the writer's "raising concerns ..." left out); quote with "Yoo told reporters";
#    scare so-called "blood alliance"; vice minister "told him the transfers were "..." of ..." (partial
#    only), quote with "Vice Minister Kim told reporters"; embassy "said ... that ... was "..."" and "It
#    accused Seoul of "..."" (two partials); ambassador "said Moscow had "..."" (partial only), quote with
#    "he said"; State Department spokesperson "said the transfers "..." ... and that B" (partial plus
#    indirect); professor "said A", quote split by "Prof. Kim said".
ARTICLES[f"{BATCH}/russia-air-defense-north-korea.gold.json"] = {
    "article": f"{BATCH}/russia-air-defense-north-korea.txt",
    "target": "Russia",
    "quotes": [
        (I, "National Intelligence Service", "Russia has delivered at least two batteries of its Pantsir air defense "
            "system to North Korea since September", None),
        (I, "Yoo Dong-chan", "the NIS believes the systems have been deployed around Pyongyang and the Yongbyon nuclear "
            "complex", None),
        (I, "National Intelligence Service", "Russian technicians had been seen at a missile engine test site in North "
            "Pyongan Province in October", None),
        (D, "Yoo Dong-chan", "Russia is paying Pyongyang back for the soldiers it sent to Kursk. This is the price of "
            "that blood,", None),
        (S, None, "blood alliance", None),
        (P, "Kim Yong-dae", "a clear violation", None),
        (D, "Kim Yong-dae", "We made it clear that there will be consequences for Korea-Russia relations if this "
            "continues,", None),
        (P, "Russian Embassy in Seoul", "not directed against any third country.", None),
        (P, "Russian Embassy in Seoul", "repeating fabrications", None),
        (P, "Andrei Kulikov", "nothing to hide.", None),
        (D, "Andrei Kulikov", "Relations between Russia and the DPRK are the business of Russia and the DPRK,", None),
        (P, "U.S. State Department spokesperson", "further destabilize", None),
        (I, "U.S. State Department spokesperson", "Washington was consulting closely with Seoul and Tokyo", None),
        (I, "Kim Hae-rim", "Moscow was unlikely to change course regardless of diplomatic pressure", None),
        (D, "Kim Hae-rim", "Putin sees North Korea as a partner that delivered when it mattered. Seoul's protests will "
            "not change his calculation,", None),
        (D, "Kim Hae-rim", "What Seoul can still influence is what Russia does next, such as satellite and submarine "
            "technology.", None),
    ],
    "actors": [
        actor("National Intelligence Service", "government", title="spy agency", affiliation="South Korea",
              aliases=["National Intelligence Service", "NIS", "The spy agency"], stance=0),
        actor("Yoo Dong-chan", "person", title="Rep., National Assembly Intelligence Committee",
              affiliation="National Assembly", aliases=["Yoo Dong-chan", "Yoo"], stance=-1),
        actor("Kim Yong-dae", "person", title="Vice Foreign Minister", affiliation="South Korea",
              aliases=["Kim Yong-dae", "Vice Minister Kim"], stance=-1),
        actor("Russian Embassy in Seoul", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Seoul"], stance=1),
        actor("Andrei Kulikov", "person", title="Russian Ambassador", affiliation="Russia",
              aliases=["Andrei Kulikov", "Kulikov"], stance=1),
        actor("U.S. State Department spokesperson", "person", title="spokesperson",
              affiliation="U.S. State Department", aliases=["U.S. State Department spokesperson"], stance=-1),
        actor("Kim Hae-rim", "person", title="professor of Russian studies",
              affiliation="Hankuk University of Foreign Studies", aliases=["Kim Hae-rim", "Prof. Kim"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Pulse Tasmania (a salmon die-off), headline without speech, masthead and date lines, straight " and
#    apostrophes, present-tense "says" cues, "Mr"; company "confirmed it had removed ..." and "The company
#    says A"; CEO "says A", quote with "Mr Lukin said" followed by a quote open at the end of its line and a
#    closing paragraph (three directs); EPA director "said A", "She said A", content with a fragment before
#    ", she said" (partial only); scare the industry's "social licence"; industry body "said ... were "..."
#    by the losses" (partial only); Greens MP "said the deaths were "..." and accused the government of
#    letting the industry "..."" (two partials); minister "said A", quote with "he said"; fishing body
#    "says A, which it described as "..."" (indirect plus partial); anonymous farmhand "told Pulse the pens
#    had been "..." this season" (partial only); "The company has not said ..." (negated).
ARTICLES[f"{BATCH}/storm-bay-salmon-deaths.gold.json"] = {
    "article": f"{BATCH}/storm-bay-salmon-deaths.txt",
    "target": "Derwent Blue Salmon",
    "quotes": [
        (I, "Derwent Blue Salmon", "it had removed about 1,100 tonnes of dead fish from its Storm Bay leases over the "
            "past three weeks", None),
        (I, "Derwent Blue Salmon", "warm water and a bacterial outbreak are to blame", None),
        (I, "Grant Lukin", "the die-off is the worst in the company's 20-year history", None),
        (D, "Grant Lukin", "Our teams have been working around the clock. Nobody in this company wanted to see this "
            "happen, and nobody is hiding from it,", None),
        (D, "Grant Lukin", "We've been open with the EPA from day one, and we will keep being open.", None),
        (D, "Grant Lukin", "What we are seeing is a marine heatwave, not a farming failure.", None),
        (I, "Anna Cresswell", "the investigation would look at stocking densities and at how quickly the company reported "
            "the deaths", None),
        (I, "Anna Cresswell", "the company first notified the EPA on November 14", None),
        (P, "Anna Cresswell", "around a week", None),
        (P, "Salmon Tasmania", "deeply saddened", None),
        (S, None, "social licence", None),
        (P, "Hannah Birch", "entirely predictable", None),
        (P, "Hannah Birch", "mark its own homework", None),
        (I, "Tom Pearce", "the government backed the EPA investigation", None),
        (D, "Tom Pearce", "I'm not going to pre-empt its findings, and neither should anyone else,", None),
        (I, "TARFish", "members have reported dead salmon washing up on beaches at South Arm and Opossum Bay", None),
        (P, "TARFish", "disgusting", None),
        (P, "former Derwent Blue farmhand", "packed tighter than ever", None),
    ],
    "actors": [
        actor("Derwent Blue Salmon", "organisation", title="salmon farming company",
              aliases=["Derwent Blue Salmon", "Derwent Blue", "The company"], stance=1),
        actor("Grant Lukin", "person", title="chief executive", affiliation="Derwent Blue Salmon",
              aliases=["Grant Lukin", "Mr Lukin", "Lukin"], stance=1),
        actor("Anna Cresswell", "person", title="director", affiliation="EPA Tasmania",
              aliases=["Anna Cresswell", "Cresswell"], stance=0),
        actor("Salmon Tasmania", "organisation", title="industry body",
              aliases=["Salmon Tasmania"], stance=0),
        actor("Hannah Birch", "person", title="MP", affiliation="Greens",
              aliases=["Hannah Birch", "Birch"], stance=-1),
        actor("Tom Pearce", "person", title="Primary Industries Minister", affiliation="Tasmania",
              aliases=["Tom Pearce", "Pearce"], stance=0),
        actor("TARFish", "organisation", title="recreational fishing body",
              aliases=["TARFish"], stance=-1),
        actor("former Derwent Blue farmhand", "person", title="former farmhand (anonymous)",
              affiliation="Derwent Blue Salmon", aliases=["former Derwent Blue farmhand"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Total Slovenia News sport (a ski jumper dropped from the World Cup team), headline without speech,
#    byline and date lines, straight " with British punctuation outside fragments, Slovenian names (Anže,
#    Žiri); lede content before "the Ski Association of Slovenia (SZS) said"; association "said the
#    decision had been taken "..." and that Kos would compete ... "..."" (two partials); scare a "bad
#    boy" image; coach "told reporters ... that A", quote split by "Zupan said"; the jumper's Instagram
#    quote with "he wrote", "He added that he would "..." but that he felt he had been "..."" (two
#    partials); manager "told STA A but B" (one span), quote with "Vrhovec said"; teammate "said A, adding:
#    "..."" (indirect plus direct); commentator "said the association had handled the matter "..."" (partial
#    only); "The SZS did not say ..." and "declined to comment" (not annotated).
ARTICLES[f"{BATCH}/anze-kos-dropped-world-cup.gold.json"] = {
    "article": f"{BATCH}/anze-kos-dropped-world-cup.txt",
    "target": "Anže Kos",
    "quotes": [
        (I, "Ski Association of Slovenia", "Anže Kos, one of Slovenia's most promising ski jumpers, has been left out of "
            "the World Cup team for this weekend's competitions in Wisła after missing a training camp without "
            "permission", None),
        (P, "Ski Association of Slovenia", "in the interest of the team", None),
        (P, "Ski Association of Slovenia", "until further notice", None),
        (S, None, "bad boy", None),
        (I, "Primož Zupan", "Kos had been warned twice before", None),
        (D, "Primož Zupan", "Talent is not enough. Everybody in this team plays by the same rules, from the youngest to "
            "Kos,", None),
        (D, "Primož Zupan", "The door is not closed, but he has to knock on it himself.", None),
        (D, "Anže Kos", "I missed two days because my grandmother was in hospital in Celje. I told the staff, and "
            "apparently that was not enough,", None),
        (P, "Anže Kos", "respect the decision", None),
        (P, "Anže Kos", "made an example of", None),
        (I, "Matic Vrhovec", "the jumper was considering his options but had no intention of leaving the national team",
            None),
        (D, "Matic Vrhovec", "Anže is a professional and he was honest with them. We will talk to the association calmly, "
            "not through the media,", None),
        (I, "Rok Bizjak", "he hoped the two sides would sort things out quickly", None),
        (D, "Rok Bizjak", "We need him in Planica.", None),
        (P, "Gregor Lesjak", "clumsily", None),
    ],
    "actors": [
        actor("Ski Association of Slovenia", "organisation", title="national ski federation", affiliation="Slovenia",
              aliases=["Ski Association of Slovenia", "SZS"], stance=-1),
        actor("Primož Zupan", "person", title="head coach", affiliation="Ski Association of Slovenia",
              aliases=["Primož Zupan", "Zupan"], stance=-1),
        actor("Anže Kos", "person", title="ski jumper", affiliation="Slovenia",
              aliases=["Anže Kos", "Kos", "Anže"], stance=1),
        actor("Matic Vrhovec", "person", title="manager", affiliation=None,
              aliases=["Matic Vrhovec", "Vrhovec"], stance=1),
        actor("Rok Bizjak", "person", title="ski jumper (teammate)", affiliation="Slovenia",
              aliases=["Rok Bizjak", "Bizjak"], stance=1),
        actor("Gregor Lesjak", "person", title="TV commentator, former World Cup jumper", affiliation=None,
              aliases=["Gregor Lesjak", "Lesjak"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Al Bawaba (Jordan) health (an insulin shortage), headline without speech, "Published December 1st,
#    2026 - 09:30 GMT" line, "ALBAWABA -" lede marker, straight " with British punctuation outside; ministry
#    "said ... that the shortage was caused by "..." in shipments ... and that new stock would arrive "...""
#    (two partials); spokesperson "told Roya News that there was "..."" (partial only), quote with "he
#    said"; pharmacists' association "said A"; its president "accused the ministry of being "..."", quote
#    with "she said"; JFDA "said A, according to a statement carried by ... Petra" (one indirect); mother
#    known by her kunya Um Khaled "said A", quote with "she told Al Bawaba"; anonymous hospital pharmacist
#    "said the hospital's stock ... would last "..."" (partial only); MP "said A, and described the situation
#    as "..."" (indirect plus partial); scare so-called "medical tourism"; "According to the World Health
#    Organization, A".
ARTICLES[f"{BATCH}/jordan-insulin-shortage.gold.json"] = {
    "article": f"{BATCH}/jordan-insulin-shortage.txt",
    "target": "Ministry of Health",
    "quotes": [
        (P, "Ministry of Health", "temporary delays", None),
        (P, "Ministry of Health", "before the end of the month", None),
        (P, "Ghaith al-Zoubi", "no cause for panic", None),
        (D, "Ghaith al-Zoubi", "The ministry has a strategic reserve for public hospitals and health centres, and no "
            "patient registered with us will be left without treatment,", None),
        (I, "Jordan Pharmacists Association", "private pharmacies had been warning about the shortage since October",
            None),
        (P, "Maysa Haddad", "slow to act", None),
        (D, "Maysa Haddad", "We sent letters in October. We were told everything was under control. Now mothers are going "
            "from pharmacy to pharmacy with a cool bag,", None),
        (I, "Jordan Food and Drug Administration", "it had approved an emergency import from a second supplier in Turkey",
            None),
        (I, "Um Khaled", "she had visited nine pharmacies in east Amman on Saturday", None),
        (D, "Um Khaled", "They keep saying next week, next week. My son cannot wait for next week,", None),
        (P, "pharmacist at a public hospital in Irbid", "maybe ten days", None),
        (I, "Rasha al-Khasawneh", "she would submit a formal question to the Health Minister at Tuesday's session", None),
        (P, "Rasha al-Khasawneh", "unacceptable in a country that exports medicine to 60 countries", None),
        (S, None, "medical tourism", None),
        (I, "World Health Organization", "about one in six adults in Jordan lives with the condition", None),
    ],
    "actors": [
        actor("Ministry of Health", "government", title="ministry", affiliation="Jordan",
              aliases=["Ministry of Health", "Health Ministry"], stance=1),
        actor("Ghaith al-Zoubi", "person", title="Ministry spokesperson (Dr.)", affiliation="Ministry of Health",
              aliases=["Ghaith al-Zoubi", "al-Zoubi"], stance=1),
        actor("Jordan Pharmacists Association", "organisation", title="professional association",
              aliases=["Jordan Pharmacists Association"], stance=-1),
        actor("Maysa Haddad", "person", title="president (Dr.)", affiliation="Jordan Pharmacists Association",
              aliases=["Maysa Haddad", "Haddad"], stance=-1),
        actor("Jordan Food and Drug Administration", "government", title="regulator", affiliation="Jordan",
              aliases=["Jordan Food and Drug Administration", "JFDA"], stance=0),
        actor("Um Khaled", "person", title="mother of a diabetic child", affiliation=None,
              aliases=["Um Khaled"], stance=-1),
        actor("pharmacist at a public hospital in Irbid", "person", title="hospital pharmacist (anonymous)",
              affiliation=None, aliases=["pharmacist at a public hospital in Irbid"], stance=-1),
        actor("Rasha al-Khasawneh", "person", title="MP", affiliation="House of Representatives",
              aliases=["Rasha al-Khasawneh", "al-Khasawneh"], stance=-1),
        actor("World Health Organization", "organisation", title="UN agency",
              aliases=["World Health Organization"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
