"""Build the dev102 gold files (data/eval/dev102/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev102/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev102.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev102"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Nunatsiaq News (Iqaluit) Arctic diplomacy (Russia cancels the visas of 11 Inuit delegates bound for a whaling
#    meeting in Chukotka), headline and standfirst without speech, byline and `Published December 9, 2026 at 3:15 pm`
#    lines, straight `"` and apostrophes, caption ending `(Photo by .../Nunatsiaq News)`. Lede content before `, the
#    Inuit Circumpolar Council said Tuesday`; content before `, the organization said`; ICC chair named after the
#    first stretch (`said Pipaluk Heilmann, the Greenlandic chair of the ICC`), then a quote-only paragraph;
#    `Heilmann said A and that B`; embassy `said in a statement ... that the visas had been "..." after ...` (partial
#    only), then two stretches around `the statement said`; ICC Chukotka president `told Nunatsiaq News by phone ...
#    that A`; Q&A `Asked whether ..., she replied: "..."`; ICC Canada president `called the decision "..." and said
#    Inuit families should not be "..." of ...` (two partials); scare so-called `"Arctic exceptionalism"`; content
#    before `, according to Fisheries and Oceans Canada`; Russian diplomat `told ... RIA Novosti that Canada had "..."
#    to ...` (partial only); Global Affairs spokesperson `said the department was "..." and that B` (partial plus
#    indirect); a second Heilmann (`who is not related to the ICC chair`) `said in a Facebook post that A`; whaler's
#    quote split by `Akulukjuk said`.
ARTICLES[f"{BATCH}/russia-cancels-inuit-delegates-visas-chukotka.gold.json"] = {
    "article": f"{BATCH}/russia-cancels-inuit-delegates-visas-chukotka.txt",
    "target": "Russia",
    "quotes": [
        (I, "Inuit Circumpolar Council", "Russian authorities have cancelled the visas of 11 Inuit delegates who were due "
            "to travel to Chukotka this week for a meeting on bowhead whale co-management", None),
        (I, "Inuit Circumpolar Council", "The delegates, from Nunavut, Nunavik, Alaska and Greenland, learned of the "
            "decision by email on Friday, four days before they were scheduled to fly to Anadyr by way of Moscow", None),
        (D, "Pipaluk Heilmann", "This is not about paperwork. Our relatives in Chukotka invited us, we filled in every "
            "form, and then the door was shut,", None),
        (D, "Pipaluk Heilmann", "We have hunted the same whales across the same sea for thousands of years. Borders "
            "drawn in capitals cannot change that.", None),
        (I, "Pipaluk Heilmann", "the council had been given no reason for the cancellations and that it had written to "
            "the Russian Embassy in Ottawa asking for an explanation", None),
        (P, "Russian Embassy in Ottawa", "annulled in accordance with Russian legislation", None),
        (D, "Russian Embassy in Ottawa", "The Russian side has always supported cooperation between the Indigenous "
            "peoples of the Arctic and remains open to such contacts,", None),
        (D, "Russian Embassy in Ottawa", "Attempts to present an administrative matter as a political one are "
            "regrettable.", None),
        (I, "Yelena Nutetegryne", "the meeting would go ahead with local hunters only", None),
        (D, "Yelena Nutetegryne", "We are sad, of course. But I am not a politician. I am a hunter's daughter, and I "
            "have to live by the rules that exist here.", None),
        (P, "Mary Aqpik", "a message to Ottawa delivered through Inuit", None),
        (P, "Mary Aqpik", "caught in the middle", None),
        (S, None, "Arctic exceptionalism", None),
        (I, "Fisheries and Oceans Canada", "Scientific contact on shared species such as bowhead whales and polar bears "
            "has continued through informal channels", None),
        (P, "Nikolai Sorokin", "no moral right", None),
        (P, "\u00c9milie Tremblay", "aware of the situation", None),
        (I, "\u00c9milie Tremblay", "officials were in contact with the ICC", None),
        (I, "Kaaleraq Heilmann", "Greenland regretted the decision and would raise it with Copenhagen", None),
        (D, "Pauloosie Akulukjuk", "I had dried char ready for them. Now it's sitting in my freezer,", None),
        (D, "Pauloosie Akulukjuk", "The whales don't need a visa.", None),
    ],
    "actors": [
        actor("Inuit Circumpolar Council", "organisation", title="Inuit organisation",
              aliases=["Inuit Circumpolar Council", "ICC", "the organization"], stance=-1),
        actor("Pipaluk Heilmann", "person", title="chair", affiliation="Inuit Circumpolar Council",
              aliases=["Pipaluk Heilmann", "Heilmann"], stance=-1),
        actor("Russian Embassy in Ottawa", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Ottawa", "The embassy"], stance=1),
        actor("Yelena Nutetegryne", "person", title="president", affiliation="ICC Chukotka",
              aliases=["Yelena Nutetegryne", "Nutetegryne"], stance=0),
        actor("Mary Aqpik", "person", title="president", affiliation="ICC Canada",
              aliases=["Mary Aqpik", "Aqpik"], stance=-1),
        actor("Fisheries and Oceans Canada", "government", title="federal department", affiliation="Canada",
              aliases=["Fisheries and Oceans Canada"], stance=0),
        actor("Nikolai Sorokin", "person", title="deputy director", affiliation="Russian Foreign Ministry",
              aliases=["Nikolai Sorokin", "Sorokin"], stance=1),
        actor("\u00c9milie Tremblay", "person", title="spokesperson", affiliation="Global Affairs Canada",
              aliases=["\u00c9milie Tremblay", "Tremblay"], stance=None),
        actor("Kaaleraq Heilmann", "person", title="minister for foreign affairs", affiliation="Greenland",
              aliases=["Kaaleraq Heilmann"], stance=-1),
        actor("Pauloosie Akulukjuk", "person", title="whaler", affiliation="Pangnirtung",
              aliases=["Pauloosie Akulukjuk", "Akulukjuk"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Detroit Free Press business/labor (a seat supplier closes its Warren plant and moves the work to Mexico),
#    headline without speech, byline with `Detroit Free Press` line, `Published 4:07 p.m. ET Dec. 10, 2026 | Updated
#    ...` line, straight `"` and apostrophes, AP abbreviations (`Feb. 27`, `D-Warren`, `Corp.`), `Contact ...` sign-off.
#    Lede content before `, according to a notice the company filed with the state Wednesday` (the company's); content
#    before `, the notice said`; company `said in a separate statement that A`; spokeswoman's quote with the name after
#    (`company spokeswoman Denise Okafor said`); scare so-called `"near-shoring"` wave; union local `called the
#    announcement "..." and said B` (partial plus indirect); local president named after the first stretch (`said
#    Tanisha Greer, the local's president`), quote resumed; `Greer said A`; a worker named `Earnest Price` (`Price
#    said`), whose introduction carries no cue; automaker `said in an emailed statement that the sourcing decision
#    "..." and that B` (partial plus indirect); state representative `said he had asked ... whether ...` (indirect),
#    then `he said`; content before `said Ravi Shenoy, an analyst at ...`, then a quote split by `Shenoy said`.
ARTICLES[f"{BATCH}/marwood-seating-warren-plant-closing.gold.json"] = {
    "article": f"{BATCH}/marwood-seating-warren-plant-closing.txt",
    "target": "Marwood Seating",
    "quotes": [
        (I, "Marwood Seating", "Marwood Seating will close its plant in Warren by the end of March and lay off all 612 "
            "workers there after losing a contract to supply seats for a Stellantis SUV", None),
        (I, "Marwood Seating", "The first layoffs will begin Feb. 27 and are expected to be permanent", None),
        (I, "Marwood Seating", "the work would move to its plant in Ramos Arizpe, Mexico, where it already builds seats "
            "for two other vehicles", None),
        (D, "Denise Okafor", "This was a difficult decision, made only after we explored every option to keep production "
            "in Warren, and we will offer our team members there severance and job placement support,", None),
        (S, None, "near-shoring", None),
        (P, "UAW Local 1887", "a gut punch", None),
        (I, "UAW Local 1887", "members had learned of it from a supervisor reading a prepared statement at a 6 a.m. "
            "shift meeting", None),
        (D, "Tanisha Greer", "They told us like they were reading the weather,", None),
        (D, "Tanisha Greer", "Some of these folks have 30 years in that building. They deserved to hear it from somebody "
            "who could answer a question.", None),
        (I, "Tanisha Greer", "the union would ask the company to bargain over the effects of the closing, including "
            "extended health care coverage for laid-off workers", None),
        (D, "Earnest Price", "I'm 58. Who's hiring a 58-year-old forklift driver in March?", None),
        (D, "Earnest Price", "I'll tell you who. Nobody.", None),
        (P, "Stellantis", "was made through our normal competitive process", None),
        (I, "Stellantis", "it did not expect any disruption to production at its Detroit Assembly Complex", None),
        (I, "Dominic Kaczmarek", "he had asked the Michigan Economic Development Corp. whether any incentives had been "
            "offered to keep the work in Michigan", None),
        (D, "Dominic Kaczmarek", "If a company can take a plant that's been here for 40 years and move it with one memo, "
            "we need to be asking what our incentive dollars are buying,", None),
        (I, "Ravi Shenoy", "Suppliers have been squeezed between automakers demanding lower prices and labor costs that "
            "rose sharply after the 2023 UAW contracts", None),
        (D, "Ravi Shenoy", "Seats are heavy, bulky and labor-intensive. That makes them one of the first things to move "
            "when the math gets tight,", None),
        (D, "Ravi Shenoy", "Warren won't be the last.", None),
    ],
    "actors": [
        actor("Marwood Seating", "organisation", title="auto seat supplier",
              aliases=["Marwood Seating", "Marwood"], stance=0),
        actor("Denise Okafor", "person", title="company spokeswoman", affiliation="Marwood Seating",
              aliases=["Denise Okafor", "Okafor"], stance=1),
        actor("UAW Local 1887", "organisation", title="union local", affiliation="UAW",
              aliases=["UAW Local 1887"], stance=-1),
        actor("Tanisha Greer", "person", title="president", affiliation="UAW Local 1887",
              aliases=["Tanisha Greer", "Greer"], stance=-1),
        actor("Earnest Price", "person", title="forklift driver", affiliation="Marwood Seating",
              aliases=["Earnest Price", "Price"], stance=-1),
        actor("Stellantis", "organisation", title="automaker", aliases=["Stellantis"], stance=None),
        actor("Dominic Kaczmarek", "person", title="state representative", affiliation="Democrat, Warren",
              aliases=["Dominic Kaczmarek", "Kaczmarek"], stance=-1),
        actor("Ravi Shenoy", "person", title="analyst", affiliation="Center for Automotive Research",
              aliases=["Ravi Shenoy", "Shenoy"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Echo / Echo Live (Cork) court report (a GAA club treasurer jailed for theft), headline without speech,
#    standfirst with a straight single fragment `Judge says Glanmire man 'abused the trust of a whole parish'`, byline,
#    `Courts Reporter` and `Thu, 10 Dec, 2026 - 17:45` lines, lede opening in capitals (`A FORMER`), straight `"` in
#    the body, British punctuation outside closing marks for fragments, `Det Gda`, `BL`/`SC`, `Mr`, Irish name with a
#    fada (Ó Murchú). Detective `told the court that A`, `Det Gda Hand said A and had altered ...` (one span; no second
#    subject, no marks), scare so-called `"split the pot"` draws, then `the detective said`; chairman reading a victim
#    impact statement (`Mr Ó Murchú said`), then a quote-only paragraph; `He said A and that B`; prosecutor `said A`;
#    defence counsel `said his client had been "..." by ... and had attended ...` (partial only), `handed in
#    testimonials ... and said A` (indirect), then `counsel said`; judge `said Costigan had "..." and that the offences
#    had been carried out ... with "..."` (two partials), `She said she accepted that A and that B` (one span), then
#    `Judge Whyte said`; sentence (not speech).
ARTICLES[f"{BATCH}/cnoc-ruadh-gaa-treasurer-jailed.gold.json"] = {
    "article": f"{BATCH}/cnoc-ruadh-gaa-treasurer-jailed.txt",
    "target": "Noel Costigan",
    "quotes": [
        (P, "Dara Whyte", "abused the trust of a whole parish", "Glanmire man '"),
        (I, "Pat Hand", "the thefts came to light in March 2025 when a new committee member noticed that the club's "
            "insurance premium had not been paid for two years", None),
        (I, "Pat Hand", "the accused had made 61 transfers from the club account to his own and had altered bank "
            "statements presented at the club's annual general meetings to hide them", None),
        (S, None, "split the pot", None),
        (D, "Pat Hand", "He made a full admission when interviewed. He was very upset and said he had been ashamed for "
            "years,", None),
        (D, "Tadhg \u00d3 Murch\u00fa", "Noel was one of us. He trained our under-12s, he drove lads to matches, he was "
            "at every funeral in the parish,", None),
        (D, "Tadhg \u00d3 Murch\u00fa", "What he took was not just money. He took the trust that a small club runs on, "
            "and it will take us years to get it back.", None),
        (I, "Tadhg \u00d3 Murch\u00fa", "the club had been forced to put off a planned upgrade of its dressing rooms and "
            "that some families had left for neighbouring clubs", None),
        (I, "Siobh\u00e1n Lankford", "none of the money had been recovered", None),
        (P, "Ray Boland", "consumed", None),
        (I, "Ray Boland", "his client had offered to repay \u20ac200 a month", None),
        (D, "Ray Boland", "He knows he will be a figure of shame in his own parish for the rest of his life. That is a "
            "punishment in itself,", None),
        (P, "Dara Whyte", "abused the trust of a whole parish", "Costigan had \""),
        (P, "Dara Whyte", "a degree of planning", None),
        (I, "Dara Whyte", "she accepted that his remorse was genuine and that he had no previous convictions", None),
        (D, "Dara Whyte", "This is a sad case. But people who give up their evenings to run clubs like Cnoc Ruadh must "
            "know that the courts will protect them,", None),
    ],
    "actors": [
        actor("Dara Whyte", "person", title="Judge", affiliation="Cork Circuit Criminal Court",
              aliases=["Dara Whyte", "Judge Whyte", "Whyte", "Judge"], stance=0),
        actor("Pat Hand", "person", title="Detective Garda", affiliation="An Garda S\u00edoch\u00e1na",
              aliases=["Pat Hand", "Det Gda Hand", "Hand", "the detective"], stance=0),
        actor("Tadhg \u00d3 Murch\u00fa", "person", title="club chairman", affiliation="Cnoc Ruadh GAA club",
              aliases=["Tadhg \u00d3 Murch\u00fa", "Mr \u00d3 Murch\u00fa", "\u00d3 Murch\u00fa"], stance=-1),
        actor("Siobh\u00e1n Lankford", "person", title="prosecuting barrister",
              aliases=["Siobh\u00e1n Lankford", "Lankford"], stance=-1),
        actor("Ray Boland", "person", title="defence barrister", aliases=["Ray Boland", "Mr Boland", "Boland", "counsel"],
              stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Daily Trust (Nigeria) health (doctors fault the NCDC over a Lassa fever outbreak in Bauchi), headline `Lassa
#    fever: Doctors fault NCDC ...` without quote marks, `From NAME, Bauchi` byline, straight `"` and apostrophes,
#    British punctuation outside closing marks for fragments, Nigerian titles (`Dr`, `Mrs`, `Malam`). Lede `has said
#    A` (the NMA chapter); content before `, according to the latest situation report of the NCDC` (the NCDC's); chapter
#    chairman introduced by a title chain (`Chairman of the association in the state, Dr ..., who addressed journalists
#    ..., said A and B`: one span), then `he said`; `According to him, A` (pronoun); `Tafida said`; `in a statement
#    signed by the centre's Head of Communications, Mrs ..., the Director-General of the NCDC, Dr ..., said A` (the
#    Director-General speaks; the signer does not), then `the statement quoted him as saying`; `He described the NMA's
#    claims as "..."` (partial); commissioner `said the state was working "..." with the NCDC and described the centre's
#    support as "..."` (two partials), then `the commissioner told Daily Trust`; anonymous resident doctor `who pleaded
#    anonymity ..., said A`; widower `said A`, then `he said`; scare so-called `"Lassa belt"`; WHO `said in a statement
#    ... that A`; `Daily Trust reports that ...` (the outlet's own reporting, not annotated).
ARTICLES[f"{BATCH}/bauchi-lassa-fever-ncdc.gold.json"] = {
    "article": f"{BATCH}/bauchi-lassa-fever-ncdc.txt",
    "target": "Nigeria Centre for Disease Control and Prevention",
    "quotes": [
        (I, "Nigerian Medical Association", "the Nigeria Centre for Disease Control and Prevention (NCDC) was slow to "
            "respond to the Lassa fever outbreak in the state", None),
        (I, "Nigeria Centre for Disease Control and Prevention", "At least 41 people, including two health workers, have "
            "died of the disease in seven local government areas of the state since October", None),
        (I, "Abdullahi Sani Tafida", "samples from the first suspected cases were sent to Abuja and results took nine "
            "days to return", None),
        (D, "Abdullahi Sani Tafida", "We raised the alarm in the second week of October. By the time the results came "
            "back, we had already lost three patients,", None),
        (I, "Abdullahi Sani Tafida", "health workers in Tafawa Balewa, Bogoro and Dass were treating suspected cases "
            "without adequate protective equipment, while the state still has no functional Lassa fever testing "
            "laboratory", None),
        (D, "Abdullahi Sani Tafida", "The NCDC is doing its best, but its best is not good enough when our members are "
            "dying,", None),
        (I, "Ifeanyi Okonkwo", "a national rapid response team was deployed to Bauchi within 48 hours of the first "
            "confirmed case", None),
        (D, "Ifeanyi Okonkwo", "We have supplied ribavirin, personal protective equipment and body bags to all the "
            "affected LGAs, and a mobile laboratory will be stationed at the Abubakar Tafawa Balewa University Teaching "
            "Hospital from next week,", None),
        (P, "Ifeanyi Okonkwo", "unfortunate and misleading", None),
        (P, "Hajara Aliyu Wanka", "hand in hand", None),
        (P, "Hajara Aliyu Wanka", "timely", None),
        (D, "Hajara Aliyu Wanka", "The state government has paid the allowances of all health workers on the Lassa fever "
            "team and has approved the recruitment of 60 additional nurses,", None),
        (I, "resident doctor at the teaching hospital", "the isolation ward, built for 16 patients, was holding 23", None),
        (I, "Adamu Yelwa", "she had complained for weeks about a shortage of gloves", None),
        (D, "Adamu Yelwa", "She used to buy her own gloves from the market. Nobody should die like that for doing her "
            "job,", None),
        (S, None, "Lassa belt", None),
        (I, "World Health Organization", "Nigeria had recorded 1,204 confirmed cases of the disease this year, the "
            "highest annual figure since 2018", None),
    ],
    "actors": [
        actor("Nigerian Medical Association", "organisation", title="doctors' association (Bauchi State chapter)",
              aliases=["Nigerian Medical Association", "NMA"], stance=-1),
        actor("Nigeria Centre for Disease Control and Prevention", "government", title="public health agency",
              affiliation="Nigeria", aliases=["Nigeria Centre for Disease Control and Prevention", "NCDC"], stance=0),
        actor("Abdullahi Sani Tafida", "person", title="chairman, Bauchi State chapter",
              affiliation="Nigerian Medical Association", aliases=["Abdullahi Sani Tafida", "Tafida"], stance=-1),
        actor("Ifeanyi Okonkwo", "person", title="Director-General", affiliation="NCDC",
              aliases=["Ifeanyi Okonkwo", "Okonkwo"], stance=1),
        actor("Hajara Aliyu Wanka", "person", title="Commissioner for Health", affiliation="Bauchi State",
              aliases=["Hajara Aliyu Wanka", "Wanka", "the commissioner"], stance=1),
        actor("resident doctor at the teaching hospital", "person", title="anonymous resident doctor",
              affiliation="Abubakar Tafawa Balewa University Teaching Hospital",
              aliases=["resident doctor at the teaching hospital"], stance=None),
        actor("Adamu Yelwa", "person", title="widower of a nurse", aliases=["Adamu Yelwa", "Malam Adamu Yelwa", "Yelwa"],
              stance=None),
        actor("World Health Organization", "organisation", aliases=["World Health Organization", "WHO"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
