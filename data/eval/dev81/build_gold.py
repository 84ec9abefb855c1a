"""Build the dev81 gold files (data/eval/dev81/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev81/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev81.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev81"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Hungary Today energy/diplomacy (Gazprom extends maintenance that cuts TurkStream gas to Hungary), headline
#    without speech, `Hungary Today 2026.12.02.` line, curly quotes and apostrophes, Hungarian names. Lede content
#    before `, Gazprom said on Tuesday`; `the Russian energy giant said the work ... had proved "..." and that
#    supplies ... would be restored "..." once ...` (two partials); `It did not give ...` (negated); minister
#    `told reporters ... that A and that there was "..."` (indirect plus partial), quote split by `the minister
#    said`, `Horváth added that the government would "..."`; `According to ... MVM, A`; `Not everyone shares
#    ...` (no speech); think tank `Analysts at ... (REKK) said in a note that A`; researcher's quote with a
#    nested `‘maintenance’`, named after the first stretch (`REKK senior researcher Dóra Kertész told Hungary
#    Today`), `She said A, but at a higher price`; ambassador `rejected any suggestion ...` (act), `said Russian
#    gas had "..." failed to ... and described the speculation as "..."` (two partials); opposition spokesperson
#    named in an apposition, `said the extension was "..."`, `Szabó said`; Commission spokesperson `said A and
#    that B "..."` (indirect plus partial).
ARTICLES[f"{BATCH}/russia-turkstream-gas-hungary-maintenance.gold.json"] = {
    "article": f"{BATCH}/russia-turkstream-gas-hungary-maintenance.txt",
    "target": "Russia",
    "quotes": [
        (I, "Gazprom", "Russian gas deliveries to Hungary through the TurkStream pipeline will remain reduced by "
            "about a third until at least December 20", None),
        (P, "Gazprom", "more complex than planned", None),
        (P, "Gazprom", "in full and on schedule", None),
        (I, "Bence Horváth", "Hungary had been informed in advance", None),
        (P, "Bence Horváth", "no reason for panic.", None),
        (D, "Bence Horváth", "Russia has been a reliable partner for fifty years, in winter and in summer, in peace "
            "and in war. Maintenance is maintenance,", None),
        (D, "Bence Horváth", "Our storage facilities are almost eighty percent full. Nobody in Hungary will be cold "
            "this Christmas.", None),
        (P, "Bence Horváth", "not allow Brussels to use a technical problem for political purposes.", None),
        (I, "MVM", "the country’s storage facilities held 4.6 billion cubic meters of gas on Monday, and daily "
            "withdrawals had risen to their highest level since February", None),
        (I, "Regional Centre for Energy Policy Research", "the extension came at the worst possible moment, with "
            "temperatures forecast to fall below minus ten degrees next week", None),
        (D, "Dóra Kertész", "Gazprom has used ‘maintenance’ before, in 2021 and in 2022, when it wanted to send a "
            "message to European capitals,", None),
        (D, "Dóra Kertész", "I am not saying that is what is happening now. I am saying we do not know, and that "
            "alone is a risk.", None),
        (I, "Dóra Kertész", "Hungary could cover the shortfall from storage and from imports through Romania and "
            "Austria for several weeks, but at a higher price", None),
        (P, "Yevgeny Stanislavov", "never once", None),
        (P, "Yevgeny Stanislavov", "the usual fantasies of those who want Europe to freeze for their ideology.", None),
        (P, "Gergely Szabó", "the price of fifteen years of wishful thinking.", None),
        (D, "Gergely Szabó", "Every winter we hear the same thing: Moscow is reliable, Moscow is our friend. And "
            "every winter we are one compressor away from a crisis,", None),
        (I, "European Commission spokesperson", "Brussels was monitoring the situation closely", None),
        (P, "European Commission spokesperson", "more relevant than ever.", None),
    ],
    "actors": [
        actor("Gazprom", "organisation", title="Russian energy giant", affiliation="Russia",
              aliases=["Gazprom", "the Russian energy giant"], stance=1),
        actor("Bence Horváth", "person", title="Minister of Foreign Affairs and Trade", affiliation="Hungary",
              aliases=["Bence Horváth", "Horváth", "the minister"], stance=1),
        actor("MVM", "organisation", title="state-owned energy company", affiliation="Hungary",
              aliases=["MVM"], stance=None),
        actor("Regional Centre for Energy Policy Research", "organisation", affiliation="Hungary",
              aliases=["Regional Centre for Energy Policy Research", "REKK"], stance=0),
        actor("Dóra Kertész", "person", title="senior researcher", affiliation="REKK",
              aliases=["Dóra Kertész", "Kertész"], stance=0),
        actor("Yevgeny Stanislavov", "person", title="Russian Ambassador to Hungary", affiliation="Russia",
              aliases=["Yevgeny Stanislavov", "Stanislavov", "The ambassador"], stance=1),
        actor("Gergely Szabó", "person", title="energy spokesperson", affiliation="Tisza party",
              aliases=["Gergely Szabó", "Szabó"], stance=-1),
        actor("European Commission spokesperson", "person", affiliation="European Commission", stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Korea JoongAng Daily travel/diplomacy (Japan sets a fee for its new electronic travel authorization),
#    headline without speech, `BY NAME [email]` byline in capitals, `Published: 03 Dec. 2026, 18:20` line,
#    straight `"` and apostrophes, `$33`; lede content before `, the Japanese government said Thursday,
#    confirming ...` (the participial act not annotated); `According to Japan's Immigration Services Agency, A`;
#    embassy spokesperson split quote `told the Korea JoongAng Daily`, `The spokesperson said A`, Q&A `Asked
#    whether ..., the spokesperson replied, "..."` (comma); content before `, according to the Japan National
#    Tourism Organization`; scare so-called "bullet trips,"; `It is the 72-hour rule ... that worries them` (no
#    speech); two Kims (`said Kim Min-ji, a 34-year-old office worker`, named after the first stretch; `Hana Tour
#    spokesperson Kim Tae-ho said A and that B`, `Kim Tae-ho said`); ministry `said it had asked Tokyo to A and
#    that consultations would continue "..."`; professor `said A but that Japan risked "..." at a time ...`,
#    `Choi said`.
ARTICLES[f"{BATCH}/japan-jesta-entry-fee-korean-travelers.gold.json"] = {
    "article": f"{BATCH}/japan-jesta-entry-fee-korean-travelers.txt",
    "target": "Japan",
    "quotes": [
        (I, "Japanese government", "Korean tourists will have to apply online and pay a 5,000 yen ($33) fee before "
            "visiting Japan from October 2027", None),
        (I, "Immigration Services Agency", "applicants will have to submit their passport details, travel plans and "
            "the address of their accommodation at least 72 hours before departure", None),
        (D, "spokesperson for the Japanese Embassy in Seoul", "The purpose is not to make travel harder but to make "
            "the border smoother and safer,", None),
        (D, "spokesperson for the Japanese Embassy in Seoul", "For most Korean visitors, the application will take "
            "less than 10 minutes.", None),
        (I, "spokesperson for the Japanese Embassy in Seoul", "the fee was comparable to those charged under similar "
            "systems in the United States and Britain", None),
        (D, "spokesperson for the Japanese Embassy in Seoul", "The rules will be the same for all 71 countries and "
            "regions.", None),
        (I, "Japan National Tourism Organization", "Koreans made 8.8 million trips to Japan last year, more than any "
            "other nationality", None),
        (S, None, "bullet trips,", None),
        (D, "Kim Min-ji", "I decided on Friday night to go to Fukuoka on Saturday morning three times this year,",
            None),
        (D, "Kim Min-ji", "It's not about the money. It's the feeling that we're being checked like suspects.", None),
        (I, "Kim Tae-ho", "bookings for Japan in January were up 12 percent on a year earlier and that the company did "
            "not expect the fee alone to change that", None),
        (D, "Kim Tae-ho", "Five thousand yen is less than a bowl of ramen in Tokyo these days,", None),
        (D, "Kim Tae-ho", "What could hurt is the three-day rule. A lot of our customers don't plan three days ahead "
            "anymore.", None),
        (I, "Korea's Ministry of Foreign Affairs", "it had asked Tokyo to consider a simplified procedure for frequent "
            "travelers", None),
        (P, "Korea's Ministry of Foreign Affairs", "at the working level.", None),
        (I, "Choi Yoon-seo", "the system was a reasonable security measure", None),
        (P, "Choi Yoon-seo", "sending the wrong signal", None),
        (D, "Choi Yoon-seo", "Both governments spent years saying the people-to-people exchange is the foundation of "
            "the relationship,", None),
        (D, "Choi Yoon-seo", "Now one side is putting a gate in front of it, even if it is a small gate.", None),
    ],
    "actors": [
        actor("Japanese government", "government", affiliation="Japan",
              aliases=["Japanese government", "Tokyo"], stance=0),
        actor("Immigration Services Agency", "government", affiliation="Japan",
              aliases=["Immigration Services Agency"], stance=0),
        actor("spokesperson for the Japanese Embassy in Seoul", "person", affiliation="Japan",
              aliases=["spokesperson for the Japanese Embassy in Seoul", "The spokesperson", "the spokesperson"],
              stance=1),
        actor("Japan National Tourism Organization", "organisation", affiliation="Japan",
              aliases=["Japan National Tourism Organization"], stance=None),
        actor("Kim Min-ji", "person", title="office worker, 34", affiliation="Busan", aliases=["Kim Min-ji"],
              stance=-1),
        actor("Kim Tae-ho", "person", title="spokesperson", affiliation="Hana Tour", aliases=["Kim Tae-ho"], stance=0),
        actor("Korea's Ministry of Foreign Affairs", "government", affiliation="South Korea",
              aliases=["Korea's Ministry of Foreign Affairs"], stance=0),
        actor("Choi Yoon-seo", "person", title="professor of tourism", affiliation="Kyung Hee University",
              aliases=["Choi Yoon-seo", "Choi"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Times of Oman transport (the state bus company suspends six Muscat routes and raises intercity fares),
#    headline without speech, `Times News Service` and `Published: ...` lines, `Muscat:` dateline running into
#    the lede, straight `"` and apostrophes, `per cent`, `Eng.`, `bin`; lede content before `, the company said
#    in a statement on Wednesday`; `which Mwasalat said had carried "..."` (partial); scare so-called "network
#    optimisation" programme (in the writer's sentence); `The company said A`; CEO named with a title chain
#    (`Eng. Ahmed bin Salim Al Harthy, Chief Executive Officer of Mwasalat, told Times of Oman that A`), quote with
#    `Al Harthy said` and a quote-only paragraph; Q&A `When asked whether ..., he said: "..."`; ministry `said it
#    had approved the plan "..." of passenger numbers and that it would B` (partial plus indirect); content
#    before `, according to the National Centre for Statistics and Information`; `The news was not welcomed by
#    everyone` (no speech); student `said A`, quote split by `she said`; worker known by first name only
#    (`Rajesh, ..., who gave only his first name, said A`), `he said`; Shura member named in an apposition after
#    his seat, `wrote on X that A, and that B`; `A Mwasalat spokesperson said later ... that A`.
ARTICLES[f"{BATCH}/mwasalat-muscat-bus-routes-suspended.gold.json"] = {
    "article": f"{BATCH}/mwasalat-muscat-bus-routes-suspended.txt",
    "target": "Mwasalat",
    "quotes": [
        (I, "Mwasalat", "State-owned transport company Mwasalat will suspend six city bus routes in Muscat and increase "
            "fares on most intercity services by between 10 and 20 per cent from January 1", None),
        (P, "Mwasalat", "fewer than eight passengers per trip on average", None),
        (S, None, "network optimisation", None),
        (I, "Mwasalat", "buses from the suspended routes would be redeployed to the busiest corridors, including the "
            "Seeb to Ruwi line", None),
        (I, "Ahmed bin Salim Al Harthy", "the company could not continue to run empty buses at public expense", None),
        (D, "Ahmed bin Salim Al Harthy", "Every bus on the road costs us the same whether it carries five people or "
            "fifty. We have a responsibility to the passengers, but also to the state budget,", None),
        (D, "Ahmed bin Salim Al Harthy", "We are not leaving anyone without transport. We are putting the buses where "
            "the people are.", None),
        (D, "Ahmed bin Salim Al Harthy", "There is no plan for that. We will review the situation after twelve "
            "months.", None),
        (P, "Ministry of Transport, Communications and Information Technology", "after a careful study", None),
        (I, "Ministry of Transport, Communications and Information Technology", "it would monitor its impact on "
            "residents of the affected areas", None),
        (I, "National Centre for Statistics and Information", "Bus ridership in Muscat rose by 7 per cent in the first "
            "nine months of 2026 compared with the same period last year", None),
        (I, "Maryam Al Rawahi", "the bus was the only way she could reach her classes without asking her brother to "
            "drive her", None),
        (D, "Maryam Al Rawahi", "They say eight passengers. Come at seven in the morning and count us,", None),
        (D, "Maryam Al Rawahi", "Maybe the buses are empty at noon, but at seven there are people standing.", None),
        (I, "Rajesh", "most workers in his company relied on the Amerat route to reach sites in Ruwi", None),
        (D, "Rajesh", "A taxi costs three rials each way. Who can pay that on our salary?", None),
        (I, "Khalid Al Saadi", "the decision should have been discussed with the wilayats concerned before it was "
            "announced, and that he had asked the company for the full passenger data", None),
        (I, "Mwasalat spokesperson", "affected passengers would be offered discounted monthly passes on alternative "
            "routes until the end of March", None),
    ],
    "actors": [
        actor("Mwasalat", "organisation", title="state-owned transport company", affiliation="Oman",
              aliases=["Mwasalat", "The company", "the company"], stance=1),
        actor("Ahmed bin Salim Al Harthy", "person", title="Chief Executive Officer", affiliation="Mwasalat",
              aliases=["Ahmed bin Salim Al Harthy", "Al Harthy"], stance=1),
        actor("Ministry of Transport, Communications and Information Technology", "government", affiliation="Oman",
              aliases=["Ministry of Transport, Communications and Information Technology"], stance=1),
        actor("National Centre for Statistics and Information", "government", affiliation="Oman",
              aliases=["National Centre for Statistics and Information"], stance=0),
        actor("Maryam Al Rawahi", "person", title="third-year student", affiliation="Sultan Qaboos University",
              aliases=["Maryam Al Rawahi", "Al Rawahi"], stance=-1),
        actor("Rajesh", "person", title="construction supervisor, 41", affiliation="Kerala", aliases=["Rajesh"],
              stance=-1),
        actor("Khalid Al Saadi", "person", title="Shura Council member for Seeb", affiliation="Shura Council",
              aliases=["Khalid Al Saadi", "Al Saadi"], stance=-1),
        actor("Mwasalat spokesperson", "person", affiliation="Mwasalat", stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Spinoff (New Zealand) obituary (a kapa haka composer and broadcaster dies), headline and standfirst without
#    speech, byline, `Arts editor` and date lines, curly quotes and apostrophes, macrons, te reo words (whānau,
#    mokopuna, waiata, marae, tangihanga). Whānau `said in a statement that she had died peacefully "..." after
#    ...` (partial only) `and asked for privacy` (directive); son sharing the surname, quote split by `her eldest
#    son, Hemi Whaanga, told The Spinoff`; the dead woman's own words: `an experience she described in a 2019
#    interview ... as "..."` (partial), `She often said that A` (indirect), `Her line that "..." became a slogan`
#    (partial); chair `said A`, `Paewai said`; `Not everyone agreed with her` (no speech); historian `said she had
#    been a formidable opponent who "..."` (partial only), quote split by `Marsh said`; minister `said Whaanga's
#    waiata would be sung "..."` (partial only); former pupil `said A`, quote split by `Tūhoe said, laughing`.
ARTICLES[f"{BATCH}/obituary-mere-whaanga-kapa-haka.gold.json"] = {
    "article": f"{BATCH}/obituary-mere-whaanga-kapa-haka.txt",
    "target": "Mere Whaanga",
    "quotes": [
        (P, "whānau", "with her mokopuna singing around her", None),
        (D, "Hemi Whaanga", "Mum never stopped teaching. Even last week she was correcting the kids’ pronunciation "
            "from her bed,", None),
        (D, "Hemi Whaanga", "She would want people to sing, not to cry.", None),
        (P, "Mere Whaanga", "the fire that lit everything else.", None),
        (I, "Mere Whaanga", "haka on television was not a favour to Māori but a right", None),
        (P, "Mere Whaanga", "a nation that can watch rugby for eighty minutes can watch us for twenty", None),
        (I, "Rangi Paewai", "Whaanga had changed what young performers believed was possible", None),
        (D, "Rangi Paewai", "Before Mere, you performed for your marae and maybe your region. After Mere, you "
            "performed for the whole country, and you knew the country was watching,", None),
        (P, "Colin Marsh", "never once raised her voice and never once lost an argument.", None),
        (D, "Colin Marsh", "I still think I was half right,", None),
        (D, "Colin Marsh", "But she was the better broadcaster by a mile, and she was the more generous person.", None),
        (P, "Simon Aldridge", "for as long as there are schools and marae in this country.", None),
        (I, "Aroha Tūhoe", "Whaanga had been strict to the point of fear", None),
        (D, "Aroha Tūhoe", "She made us practise the same line for two hours once. Two hours. I hated her that night,",
            None),
        (D, "Aroha Tūhoe", "Then we won.", None),
    ],
    "actors": [
        actor("whānau", "group", affiliation="Mere Whaanga's family", aliases=["whānau", "Her whānau"], stance=1),
        actor("Hemi Whaanga", "person", title="eldest son", affiliation="Mere Whaanga's family",
              aliases=["Hemi Whaanga"], stance=1),
        actor("Mere Whaanga", "person", title="broadcaster, composer and kapa haka tutor",
              aliases=["Mere Whaanga", "Whaanga", "Mere"], stance=1),
        actor("Rangi Paewai", "person", title="chair", affiliation="Te Matatini",
              aliases=["Rangi Paewai", "Paewai"], stance=1),
        actor("Colin Marsh", "person", title="historian", aliases=["Colin Marsh", "Marsh"], stance=0),
        actor("Simon Aldridge", "person", title="Minister for Arts, Culture and Heritage", affiliation="New Zealand",
              aliases=["Simon Aldridge", "Aldridge"], stance=1),
        actor("Aroha Tūhoe", "person", title="former performer", affiliation="Te Rōpū o Tūranga",
              aliases=["Aroha Tūhoe", "Tūhoe"], stance=1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
