"""Build the dev103 gold files (data/eval/dev103/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev103/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev103.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev103"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Havana Times energy (a Russian tanker docks in Matanzas as blackouts stretch to 20 hours), Title Case headline
#    without speech, byline, `HAVANA TIMES –` lede opener, curly `“ ”` and `’`, American punctuation inside closing
#    marks, `percent`, `Read more from Cuba here on Havana Times.` line. Lede content before `, Cuba’s Ministry of
#    Energy and Mines (MINEM) reported on its Facebook page`; `The ministry said A and that the first fuel oil ...
#    would reach ... “...”` (indirect plus partial); `According to the TASS news agency, A`; ambassador's quote with
#    the title chain after (`Russian Ambassador Andrei Guskov told reporters at the port`), then `Guskov said A`;
#    minister `thanked Russia for what he called its “...”` (act; the fragment a partial), `warned that the shipment
#    would “...” a ... deficit ...` (partial only), quote with `García Barreiro said`; UNE `said that A`; scare
#    so-called `“alumbrones”` (glossed); resident named by first name only, after the first stretch (`said Yusimí,
#    47, a seamstress who asked that her surname not be used`), quote resumed; neighbour named by first name, no cue
#    in his introduction, then `he said`; content before `said Teresa Mirabal Oropesa, a Cuban economist ...`, quote
#    with `she told Havana Times`, `Mirabal said A and that B`.
ARTICLES[f"{BATCH}/russian-tanker-matanzas-blackouts.gold.json"] = {
    "article": f"{BATCH}/russian-tanker-matanzas-blackouts.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Energy and Mines", "A Russian tanker carrying about 720,000 barrels of crude oil docked at the "
            "port of Matanzas on Tuesday, the first such delivery in nearly two months", None),
        (I, "Ministry of Energy and Mines", "the oil would be processed at the Cienfuegos refinery", None),
        (P, "Ministry of Energy and Mines", "before the end of the year.", None),
        (I, "TASS", "the cargo was loaded at the Baltic port of Primorsk in early November under a credit agreement "
            "signed by the two governments in 2025", None),
        (D, "Andrei Guskov", "Russia has never left Cuba alone in difficult moments, and it will not do so now,", None),
        (I, "Andrei Guskov", "a second tanker was expected in January", None),
        (P, "Ra\u00fal Garc\u00eda Barreiro", "unwavering solidarity.", None),
        (P, "Ra\u00fal Garc\u00eda Barreiro", "relieve, not resolve", None),
        (D, "Ra\u00fal Garc\u00eda Barreiro", "We are not going to deceive anyone. Without fuel and without investment in "
            "the plants, there will be blackouts,", None),
        (I, "Uni\u00f3n El\u00e9ctrica", "on Tuesday evening about 46 percent of the country would be without power at "
            "peak hours", None),
        (S, None, "alumbrones,", None),
        (D, "Yusim\u00ed", "Seven hundred thousand barrels? That lasts them a week,", None),
        (D, "Yusim\u00ed", "The Russians send a ship and everybody claps on television, but they charge for every "
            "barrel. We\u2019re the ones who pay.", None),
        (D, "Orlando", "What\u2019s the point of a refrigerator without electricity? It\u2019s a cupboard,", None),
        (I, "Teresa Mirabal Oropesa", "Russian deliveries have become smaller and less regular since 2023, when Moscow "
            "began asking Havana to pay for a larger share of the oil", None),
        (D, "Teresa Mirabal Oropesa", "Russia is a partner that sends an invoice, not a godfather that gives presents. "
            "The Cuban government still hasn\u2019t fully accepted that,", None),
        (I, "Teresa Mirabal Oropesa", "Cuba needed about 100,000 barrels of fuel a day to keep its grid stable and that "
            "domestic production covered less than 40 percent of that", None),
    ],
    "actors": [
        actor("Ministry of Energy and Mines", "government", affiliation="Cuba",
              aliases=["Ministry of Energy and Mines", "MINEM", "The ministry"], stance=0),
        actor("TASS", "organisation", title="Russian state news agency", affiliation="Russia",
              aliases=["TASS"], stance=0),
        actor("Andrei Guskov", "person", title="Russian Ambassador", affiliation="Russia",
              aliases=["Andrei Guskov", "Guskov"], stance=1),
        actor("Ra\u00fal Garc\u00eda Barreiro", "person", title="Energy and Mines Minister", affiliation="Cuba",
              aliases=["Ra\u00fal Garc\u00eda Barreiro", "Garc\u00eda Barreiro", "the minister"], stance=1),
        actor("Uni\u00f3n El\u00e9ctrica", "organisation", title="state electricity company", affiliation="Cuba",
              aliases=["Uni\u00f3n El\u00e9ctrica", "UNE"], stance=None),
        actor("Yusim\u00ed", "person", title="seamstress, 47", affiliation="Centro Habana",
              aliases=["Yusim\u00ed"], stance=-1),
        actor("Orlando", "person", title="retired engineer, 71", affiliation="Centro Habana",
              aliases=["Orlando"], stance=None),
        actor("Teresa Mirabal Oropesa", "person", title="economist", affiliation="University of Valencia",
              aliases=["Teresa Mirabal Oropesa", "Mirabal"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Press Gazette (UK media trade press) (a regional publisher closes nine weekly newspapers), headline without
#    speech, standfirst with a curly fragment `The regional publisher says print is “no longer sustainable” ...`,
#    byline and `3 December 2026` lines, curly `“ ”` and `’`, British punctuation outside closing marks for
#    fragments, `%`, `£4.1m`. Lede without a cue; `Press Gazette understands` (the outlet's own reporting, not
#    annotated); chief executive `In an email to staff seen by Press Gazette, ... wrote: “...”`; `Achterberg said the
#    company would move to a “...” model and that “...” of journalists would be redeployed ...` (two partials);
#    spokesperson `later told Press Gazette the consultation would last ... and that B` (one span); union `said A and
#    described the closures as “...”`; organiser named after her quote (`said Deborah Quinlan, the NUJ’s national
#    organiser ...`), `She said A`; anonymous reporter `who asked not to be named, told Press Gazette that staff had
#    found out about the closures “...”` (partial only), then singular `they said`; scare so-called `“content hubs”`;
#    former editor `called the closure “...”`, quote split by `he said`; analyst `said regional weeklies faced “...”
#    and said she expected ...` (partial plus indirect); DCMS spokesperson `said the government recognised “...” and
#    pointed to ...` (partial only); `Lanthorn said A and that B`.
ARTICLES[f"{BATCH}/lanthorn-media-closes-weekly-titles.gold.json"] = {
    "article": f"{BATCH}/lanthorn-media-closes-weekly-titles.txt",
    "target": "Lanthorn Media",
    "quotes": [
        (P, "Lanthorn Media", "no longer sustainable", None),
        (D, "Simon Achterberg", "This is not a decision any of us wanted to make. Print advertising across these titles "
            "has fallen by more than 60% in five years, and we cannot keep asking our profitable brands to subsidise the "
            "ones that are not.", None),
        (P, "Simon Achterberg", "digital-first", None),
        (P, "Simon Achterberg", "a substantial number", None),
        (I, "Lanthorn spokesperson", "the consultation would last 45 days and that staff would be able to apply for 28 "
            "new roles", None),
        (I, "National Union of Journalists", "it had not been warned in advance", None),
        (P, "National Union of Journalists", "cultural vandalism", None),
        (D, "Deborah Quinlan", "These papers have recorded births, deaths, council meetings and court cases in these towns "
            "for generations. Once they are gone, nobody else is going to sit in the back of a planning committee on a "
            "Tuesday night,", None),
        (I, "Deborah Quinlan", "the union would be seeking urgent talks with the company", None),
        (P, "reporter at the group", "ten minutes before it went on the website", None),
        (D, "reporter at the group", "We\u2019ve been told for two years that we\u2019re the future. Now the future is five "
            "of us covering 3,000 square miles,", None),
        (S, None, "content hubs", None),
        (P, "Malcolm Trow", "heartbreaking but not surprising", None),
        (D, "Malcolm Trow", "I don\u2019t blame the people in the newsroom. They have been fighting with one hand tied "
            "behind their back,", None),
        (D, "Malcolm Trow", "The owners have taken the money out and put very little back in.", None),
        (P, "Priya Sethi", "a structural problem that no amount of cost-cutting can fix", None),
        (I, "Priya Sethi", "she expected more closures in 2027", None),
        (P, "spokesperson for the Department for Culture, Media and Sport", "the vital role local journalism plays in our "
            "democracy", None),
        (I, "Lanthorn Media", "readers would continue to receive local news on Marches Live and that print subscribers "
            "would be offered a refund or a free digital subscription", None),
    ],
    "actors": [
        actor("Lanthorn Media", "organisation", title="regional publisher",
              aliases=["Lanthorn Media", "Lanthorn", "The regional publisher"], stance=1),
        actor("Simon Achterberg", "person", title="chief executive", affiliation="Lanthorn Media",
              aliases=["Simon Achterberg", "Achterberg"], stance=1),
        actor("Lanthorn spokesperson", "person", title="spokesperson", affiliation="Lanthorn Media",
              aliases=["Lanthorn spokesperson"], stance=0),
        actor("National Union of Journalists", "organisation", title="union",
              aliases=["National Union of Journalists", "NUJ"], stance=-1),
        actor("Deborah Quinlan", "person", title="national organiser for the Midlands and Wales",
              affiliation="National Union of Journalists", aliases=["Deborah Quinlan", "Quinlan"], stance=-1),
        actor("reporter at the group", "person", title="anonymous reporter", affiliation="Lanthorn Media",
              aliases=["reporter at the group"], stance=-1),
        actor("Malcolm Trow", "person", title="former editor", affiliation="Ludlow Courier",
              aliases=["Malcolm Trow", "Trow"], stance=-1),
        actor("Priya Sethi", "person", title="media analyst", affiliation="Enders Analysis",
              aliases=["Priya Sethi", "Sethi"], stance=0),
        actor("spokesperson for the Department for Culture, Media and Sport", "person", title="spokesperson",
              affiliation="Department for Culture, Media and Sport",
              aliases=["spokesperson for the Department for Culture, Media and Sport"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Calgary Herald (Postmedia) sport (a curling skip dropped by her own team), headline opening with a curly single
#    fragment `‘Blindsided’: Calgary skip Brynn Holloway dropped ...`, deck without speech, byline and `Published Dec
#    07, 2026 • Last updated ...` lines, Postmedia `Article content` lines, curly `“ ”` and `’`, American
#    punctuation inside closing marks, `X: @...` sign-off. Scene lede without speech; skip's quote split by
#    `Holloway said Sunday` (her quote reports her third's words); teammates `announced on Instagram ... that A`, then
#    `the three players said in a joint statement` (two stretches); `The statement said the players had felt for
#    “...” that ..., but it did not give a reason` (partial only; negated speech); federation spokesperson `confirmed
#    A, because B`; `did not hide her hurt` (no speech); `She described the way she was told as “...” and said B`
#    (partial plus indirect); Q&A `Asked whether ..., Holloway said she had already had “...”` (partial only), then a
#    quote-only paragraph; coach `said A`, `called Holloway “...” but said the team had “...”` (two partials), quote
#    with `Pilling said`; `Not everyone agrees.` (no speech); analyst `said the way the split was handled was “...”`
#    (partial only), quote with `Fidler said`; new skip `declined to comment on Holloway but said she was “...”`.
ARTICLES[f"{BATCH}/holloway-rink-splits-calgary-curling.gold.json"] = {
    "article": f"{BATCH}/holloway-rink-splits-calgary-curling.txt",
    "target": "Brynn Holloway",
    "quotes": [
        (P, "Brynn Holloway", "Blindsided", None),
        (D, "Brynn Holloway", "We stood beside my car and she told me they were done,", None),
        (D, "Brynn Holloway", "Eleven years together, and it took about four minutes.", None),
        (I, "Rusk, second Jenna Oddie and lead Mariko Saito", "they would part ways with Holloway, the 33-year-old who "
            "skipped the rink to a Scotties final in 2025, and play the rest of the season under Ontario\u2019s Tessa "
            "Bradwell", None),
        (D, "Rusk, second Jenna Oddie and lead Mariko Saito", "This was the hardest decision we have ever made as a team, "
            "and it was not made lightly,", None),
        (D, "Rusk, second Jenna Oddie and lead Mariko Saito", "We have enormous respect for Brynn and everything she has "
            "given this team.", None),
        (P, "Rusk, second Jenna Oddie and lead Mariko Saito", "some time", None),
        (I, "Curling Canada spokesperson", "the team would keep its ranking points under the federation\u2019s rules, "
            "because three of its four players remain", None),
        (P, "Brynn Holloway", "cold", None),
        (I, "Brynn Holloway", "she had asked for a meeting with all three players before any announcement", None),
        (D, "Brynn Holloway", "I would have stepped aside if they had come to me and said it wasn\u2019t working. They "
            "didn\u2019t give me that chance,", None),
        (P, "Brynn Holloway", "a few phone calls.", None),
        (D, "Brynn Holloway", "I\u2019m not done. I\u2019m 33, not 63.", None),
        (I, "Gord Pilling", "he would stay with the three players", None),
        (P, "Gord Pilling", "the best shot-maker I\u2019ve ever coached", None),
        (P, "Gord Pilling", "stopped having fun", None),
        (D, "Gord Pilling", "Sometimes a group just runs its course. Nobody\u2019s the villain here,", None),
        (P, "Lorna Fidler", "not how you treat a teammate.", None),
        (D, "Lorna Fidler", "You can make that call. I\u2019ve been on both ends of it. But you do it face to face, with "
            "everybody in the room, and you don\u2019t do it five weeks before a qualifier,", None),
        (P, "Tessa Bradwell", "excited", None),
    ],
    "actors": [
        actor("Brynn Holloway", "person", title="skip", aliases=["Brynn Holloway", "Holloway", "Brynn"], stance=1),
        actor("Rusk, second Jenna Oddie and lead Mariko Saito", "group", title="Holloway's third, second and lead",
              aliases=["Rusk, second Jenna Oddie and lead Mariko Saito", "the three players"], stance=0),
        actor("Curling Canada spokesperson", "person", title="spokesperson", affiliation="Curling Canada",
              aliases=["Curling Canada spokesperson"], stance=None),
        actor("Gord Pilling", "person", title="coach", aliases=["Gord Pilling", "Pilling"], stance=0),
        actor("Lorna Fidler", "person", title="former world champion, TSN analyst", affiliation="TSN",
              aliases=["Lorna Fidler", "Fidler"], stance=1),
        actor("Tessa Bradwell", "person", title="skip", affiliation="Ontario",
              aliases=["Tessa Bradwell", "Bradwell"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Lesotho Times (Maseru) diplomacy/water (South Africa's unpaid royalties under the Lesotho Highlands Water
#    Project), headline `Govt says SA is sitting on ...` without quote marks, byline, lede opening in capitals
#    (`THE government says A, and that B`: one span), straight `"` and apostrophes, a name opening with a curly
#    apostrophe (`Mme ’Mamotšeare Lesia`), `M1.2 billion`, `percent`, British punctuation outside closing marks for
#    fragments. Minister `told the Lesotho Times on Tuesday that A`, quote with `Mr Lebona said`, `He said his ministry
#    had written ... "..."` (partial only), a quote-only paragraph, `Mr Lebona added that A`; content before
#    `, according to the Central Bank of Lesotho`; DWS spokesperson `In a written response to questions from this
#    publication, ... said the department "..." to ...` (partial only), quote with `Mr Nkuna said`, `He denied that
#    A`; High Commissioner `struck a conciliatory tone` (no speech), then `she said at a function`; LHDA `said A and
#    that B`; present-tense group `families who were moved ... say A`; villager named after her quote; MP `said the
#    government had itself to blame for "..."` (partial only); scare `sometimes called the country's "white gold"`.
ARTICLES[f"{BATCH}/lhwp-royalties-south-africa-arrears.gold.json"] = {
    "article": f"{BATCH}/lhwp-royalties-south-africa-arrears.txt",
    "target": "South Africa",
    "quotes": [
        (I, "government", "South Africa has not paid more than M1.2 billion in royalties owed under the Lesotho Highlands "
            "Water Project (LHWP) treaty since April, and that the delay threatens compensation payments to families "
            "displaced by the new Polihali Dam", None),
        (I, "Tšepo Lebona", "three quarterly payments due since April had not been made", None),
        (D, "Tšepo Lebona", "Water is the one thing we sell that nobody can take away from us. South Africa drinks it "
            "every day, and it must pay for it every quarter, as the treaty says,", None),
        (P, "Tšepo Lebona", "without a satisfactory response", None),
        (D, "Tšepo Lebona", "We are patient people. But patience is not a payment plan.", None),
        (I, "Tšepo Lebona", "Lesotho would raise the matter at the next meeting of the bi-national Lesotho Highlands "
            "Water Commission in February", None),
        (I, "Central Bank of Lesotho", "Water royalties account for about seven percent of government revenue", None),
        (P, "Themba Nkuna", "remains fully committed", None),
        (D, "Themba Nkuna", "The delays relate to the reconciliation of delivery figures for the 2025/26 financial year, "
            "which is a technical matter between the two implementing authorities. We expect it to be finalised before "
            "the end of the financial year,", None),
        (I, "Themba Nkuna", "South Africa was using the payments as leverage in negotiations over the second phase of the "
            "project, whose costs have risen sharply since the agreement was signed in 2011", None),
        (D, "Nomvula Dlamini-Khoza", "Lesotho and South Africa are one family sharing one river. Families sometimes argue "
            "about money, but they do not stop talking,", None),
        (I, "Lesotho Highlands Development Authority", "construction of the Polihali Dam was 68 percent complete and that "
            "the first transfers through the new tunnel were expected in 2029", None),
        (I, "families who were moved to make way for the Polihali reservoir", "their monthly compensation payments have "
            "become irregular since September", None),
        (D, "’Mamotšeare Lesia", "They told us the water would bring us a better life. Now we walk to the post office and "
            "there is nothing,", None),
        (P, "Lekhooa Makhetha", "signing a treaty that leaves Lesotho begging for its own water", None),
        (S, None, "white gold", None),
    ],
    "actors": [
        actor("government", "government", title="Government of Lesotho", affiliation="Lesotho",
              aliases=["government", "Govt"], stance=-1),
        actor("Tšepo Lebona", "person", title="Water and Energy Minister", affiliation="Lesotho",
              aliases=["Tšepo Lebona", "Mr Lebona", "Lebona"], stance=-1),
        actor("Central Bank of Lesotho", "organisation", title="central bank", affiliation="Lesotho",
              aliases=["Central Bank of Lesotho"], stance=None),
        actor("Themba Nkuna", "person", title="spokesperson", affiliation="Department of Water and Sanitation (South Africa)",
              aliases=["Themba Nkuna", "Mr Nkuna", "Nkuna"], stance=1),
        actor("Nomvula Dlamini-Khoza", "person", title="High Commissioner to Lesotho", affiliation="South Africa",
              aliases=["Nomvula Dlamini-Khoza", "Dlamini-Khoza"], stance=1),
        actor("Lesotho Highlands Development Authority", "organisation", title="project implementing authority",
              affiliation="Lesotho", aliases=["Lesotho Highlands Development Authority", "LHDA"], stance=None),
        actor("families who were moved to make way for the Polihali reservoir", "group", title="displaced families",
              affiliation="Mokhotlong", aliases=["families who were moved to make way for the Polihali reservoir"],
              stance=None),
        actor("’Mamotšeare Lesia", "person", title="relocated villager, 58", affiliation="Ha Seshote",
              aliases=["’Mamotšeare Lesia", "Mme ’Mamotšeare Lesia", "Lesia"], stance=None),
        actor("Lekhooa Makhetha", "person", title="MP", affiliation="Democratic Congress",
              aliases=["Lekhooa Makhetha", "Makhetha"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
