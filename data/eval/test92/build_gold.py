"""Build the test92 gold files (data/eval/test92/*.gold.json) from the annotation specs below.

Held out, like ../test/. Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor,
write_all) of data/eval/build_gold.py and data/eval/write_gold.py: each quote is given by its exact text
and, when that text occurs more than once, by an anchor (a string occurring exactly once in the article)
from whose start the text is searched. Run from anywhere:  python3 data/eval/test92/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test92.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test92"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Register (Russia cuts its networks off from the global DNS for a 24-hour "sovereign internet"
#    drill), headline "Russia says ... went 'as planned' as ..." (partial for Russia), standfirst without
#    speech, byline and "Fri 4 Dec 2026 // 11:32 UTC" lines, straight " and apostrophes, "percent",
#    "Bootnote" section ending in "®". Regulator "in what its comms regulator calls a "..."" (partial);
#    scare "sovereign internet" infrastructure; "Roskomnadzor said in a statement ... that the test ... had
#    "..." of ... and that no "..." failures had been recorded" (two partials, no indirect); quote with "the
#    regulator added"; content before "according to Russian outage tracker Sboi.rf"; bank "told customers
#    ... that some card payments had been delayed by "..." and did not name the partner" (partial only);
#    deputy minister "told the TASS news agency that A and that Russia had to be ready for "..." in which
#    ..." (indirect plus partial), then "Kaverin said"; analyst content before "..., Priyanka Shah, ...,
#    told The Register", quote split by "she said"; rights group "described the drill as "..."" (partial
#    only); anonymous IT administrator "told The Register his team had ..." (no "that"), "he said" after a
#    quote that itself reports the ministry; ICANN "said A"; scare "sustainable Runet" (a law's name in the
#    Bootnote). Not annotated: "Users might beg to differ.", "Not everyone ... was convinced.", "The
#    Register has asked ... and will update this story".
ARTICLES[f"{BATCH}/runet-dns-drill-outages.gold.json"] = {
    "article": f"{BATCH}/runet-dns-drill-outages.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "as planned", None),
        (P, "Roskomnadzor", "scheduled exercise", None),
        (S, None, "sovereign internet", "\"sovereign"),
        (P, "Roskomnadzor", "confirmed the stable operation", None),
        (P, "Roskomnadzor", "significant", None),
        (D, "Roskomnadzor", "The exercise was carried out in full accordance with the law and the plan approved by the "
            "government. Users of Russian services did not experience any restrictions,", None),
        (I, "Sboi.rf", "Complaints about outages at taxi-hailing apps, mobile banking services and several regional "
            "ISPs spiked from about 07:00 on Wednesday", None),
        (P, "Sberbank", "technical work on the side of a partner", None),
        (I, "Oleg Kaverin", "the drill had been a success", None),
        (P, "Oleg Kaverin", "any scenario", None),
        (D, "Oleg Kaverin", "We are not closing ourselves off from anyone. We are making sure that nobody can close us "
            "off,", None),
        (I, "Priyanka Shah", "By mid-morning on Wednesday, roughly 38 percent of Russian networks had stopped resolving "
            "queries through the global root servers", None),
        (D, "Priyanka Shah", "What we saw looks less like a clean switch-over and more like somebody pulling cables to "
            "see what breaks,", None),
        (D, "Priyanka Shah", "Some of the big operators handled it well. A lot of regional ISPs clearly didn't get the "
            "memo.", None),
        (P, "Internet Protection Society", "a rehearsal for cutting Russians off from the world", None),
        (I, "IT administrator at a Yekaterinburg logistics company", "his team had spent most of Wednesday manually "
            "pointing servers at foreign resolvers over a VPN", None),
        (D, "IT administrator at a Yekaterinburg logistics company", "Nobody warned us. The ministry says it was a plan; "
            "for us it was a very long day,", None),
        (I, "ICANN", "it had not been contacted by Russian authorities ahead of the test", None),
        (S, None, "sustainable Runet", None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia", "Moscow"], stance=1),
        actor("Roskomnadzor", "government", title="comms regulator", affiliation="Russia",
              aliases=["Roskomnadzor", "the regulator"], stance=1),
        actor("Sboi.rf", "organisation", title="Russian outage tracker", aliases=["Sboi.rf"], stance=0),
        actor("Sberbank", "organisation", title="Russia's largest lender", aliases=["Sberbank"], stance=None),
        actor("Oleg Kaverin", "person", title="deputy digital development minister", affiliation="Russia",
              aliases=["Oleg Kaverin", "Kaverin"], stance=1),
        actor("Priyanka Shah", "person", title="director of internet analysis", affiliation="NetPulse Labs",
              aliases=["Priyanka Shah", "Shah"], stance=-1),
        actor("Internet Protection Society", "organisation", title="Russian digital rights group",
              aliases=["Internet Protection Society"], stance=-1),
        actor("IT administrator at a Yekaterinburg logistics company", "person", title="anonymous IT administrator",
              aliases=["IT administrator at a Yekaterinburg logistics company"], stance=-1),
        actor("ICANN", "organisation", title="root zone coordinator", aliases=["ICANN"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Insurance Times (an insurer withdraws small commercial property cover from regional brokers),
#    headline and standfirst without speech, "By ..." and date lines, curly “ ” and ’, "%", "Read more"
#    block with two link lines. Lede content before "the insurer confirmed to Insurance Times"; scare
#    so-called “hub” brokers; "In a statement, Aldergate said the decision followed a “...” of the account
#    and that B" (partial plus indirect); CEO "said: “...` open at the end of its line, then a closed
#    paragraph; "Marwick-Shaw said A and that B" (one span); "Brokers reacted angrily" (no speech); Biba
#    "said it was “...” by the timing and would raise ..." (no second subject: partial only); broker MD
#    "said A", quote split by "he said"; anonymous broker "said Aldergate had given brokers “...” before
#    ..." (partial only), quote with "the broker said"; Q&A "When asked by Insurance Times whether ...,
#    Marwick-Shaw said: “...”"; analyst surnamed Gold, "said A but risked B" (one span), "Gold said".
#    Not annotated: the combined ratio, the Read more lines.
ARTICLES[f"{BATCH}/aldergate-exits-regional-sme-property.gold.json"] = {
    "article": f"{BATCH}/aldergate-exits-regional-sme-property.txt",
    "target": "Aldergate Insurance",
    "quotes": [
        (I, "Aldergate Insurance", "Aldergate Insurance will stop writing small commercial property business through "
            "regional brokers from 1 April 2027", None),
        (S, None, "hub", None),
        (P, "Aldergate Insurance", "thorough review", None),
        (I, "Aldergate Insurance", "reinsurance costs for the book had risen by more than 40% in two years", None),
        (D, "Fiona Marwick-Shaw", "This is not a decision we have taken lightly. We have supported regional brokers for "
            "more than 30 years and we remain committed to them in our motor, liability and home books.", None),
        (D, "Fiona Marwick-Shaw", "But we cannot keep writing business that loses money year after year. The "
            "alternative would have been much higher rates for customers, and we did not think that was fair.", None),
        (I, "Fiona Marwick-Shaw", "existing policies would run to their renewal date and that the insurer would help "
            "brokers find alternative capacity", None),
        (P, "Biba", "deeply disappointed", None),
        (I, "Olumide Adeyemi", "about a fifth of his firm’s commercial property book was placed with Aldergate", None),
        (D, "Olumide Adeyemi", "Four months is not enough. Some of these clients have been with Aldergate for 15 years, "
            "and now we’re going to market for them in the middle of a hard market,", None),
        (D, "Olumide Adeyemi", "It’s going to be chaotic.", None),
        (P, "Another broker", "no warning whatsoever", None),
        (D, "Another broker", "We found out at the same time as everyone else. For a company that talks about "
            "partnership, that tells you something,", None),
        (D, "Fiona Marwick-Shaw", "Never say never. But not in 2027.", None),
        (I, "Kit Gold", "the exit made sense for Aldergate’s margins but risked damaging its reputation with brokers "
            "in its other lines", None),
        (D, "Kit Gold", "Brokers have long memories,", None),
    ],
    "actors": [
        actor("Aldergate Insurance", "organisation", title="insurer",
              aliases=["Aldergate Insurance", "Aldergate", "the insurer"], stance=1),
        actor("Fiona Marwick-Shaw", "person", title="chief executive", affiliation="Aldergate Insurance",
              aliases=["Fiona Marwick-Shaw", "Marwick-Shaw"], stance=1),
        actor("Biba", "organisation", title="brokers' trade body", aliases=["Biba"], stance=-1),
        actor("Olumide Adeyemi", "person", title="managing director", affiliation="Adeyemi Risk Partners (Leeds)",
              aliases=["Olumide Adeyemi", "Adeyemi"], stance=-1),
        actor("Another broker", "person", title="anonymous broker", aliases=["Another broker", "the broker"],
              stance=-1),
        actor("Kit Gold", "person", title="analyst", affiliation="Stanhope Capital Markets",
              aliases=["Kit Gold", "Gold"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Prince George Citizen sport (a local cross-country skier left off the world championships team
#    appeals), headline and deck without speech, byline and "December 4, 2026 4:15 PM" lines, straight "
#    and apostrophes, Canadian style ("centres", "B.C.", "Feb. 24"). Lede content before "her coach
#    confirmed Thursday" (the coach is named four paragraphs on); skier's quote with "Bouchard told the
#    Citizen", then a quote-only paragraph; national body "said in a statement that selection was based on
#    "..." including ..., and that B" (partial plus indirect); scare so-called "discretionary" spots;
#    high-performance director "said he could not comment on ..." (indirect), quote split by "Giroux said"
#    (first-name alias Kenna inside); coach "said A"; "Sæther called the decision "..." and said B"
#    (partial plus indirect), "he said"; club president "said A"; the skier's mother shares her surname
#    (Dawn Bouchard), "said A", quote split by "Dawn Bouchard said". Not annotated: the results, the
#    championship date.
ARTICLES[f"{BATCH}/bouchard-world-championships-appeal.gold.json"] = {
    "article": f"{BATCH}/bouchard-world-championships-appeal.txt",
    "target": "Kenna Bouchard",
    "quotes": [
        (I, "Eirik Sæther", "Prince George cross-country skier Kenna Bouchard has filed a formal appeal after she was "
            "left off Canada's team for the 2027 FIS Nordic World Ski Championships", None),
        (D, "Kenna Bouchard", "I did everything they asked. I won races, I hit the standards, and I still found out "
            "from a spreadsheet,", None),
        (D, "Kenna Bouchard", "I'm not angry at the girls who got picked. They deserve to go. I just want someone to "
            "explain to me what the criteria actually are.", None),
        (P, "Nordiq Canada", "a range of objective and subjective factors", None),
        (I, "Nordiq Canada", "all athletes had been informed of the criteria in May", None),
        (S, None, "discretionary", None),
        (I, "Marc-André Giroux", "he could not comment on an individual appeal while it was under way", None),
        (D, "Marc-André Giroux", "Kenna is an outstanding young athlete and nobody at Nordiq Canada questions her "
            "potential,", None),
        (D, "Marc-André Giroux", "Selection is about who gives us the best chance in Falun in February, and those are "
            "hard calls.", None),
        (I, "Eirik Sæther", "the appeal would be heard by an independent panel within 10 days", None),
        (P, "Eirik Sæther", "baffling", None),
        (I, "Eirik Sæther", "Bouchard had beaten two of the selected athletes head-to-head at least three times this "
            "season", None),
        (D, "Eirik Sæther", "If you tell athletes the results matter, then the results have to matter,", None),
        (I, "Sandra Kuntz", "the club's board had written to Nordiq Canada in support of the appeal", None),
        (I, "Dawn Bouchard", "the family learned of the decision from a list posted online Tuesday night", None),
        (D, "Dawn Bouchard", "She came downstairs, showed me her phone and didn't say a word,", None),
        (D, "Dawn Bouchard", "That's not how you treat a 22-year-old who's given this sport everything.", None),
    ],
    "actors": [
        actor("Eirik Sæther", "person", title="coach", affiliation="Caledonia Nordic Ski Club",
              aliases=["Eirik Sæther", "Sæther"], stance=1),
        actor("Kenna Bouchard", "person", title="cross-country skier", affiliation="Prince George",
              aliases=["Kenna Bouchard", "Bouchard", "Kenna"], stance=1),
        actor("Nordiq Canada", "organisation", title="national governing body", aliases=["Nordiq Canada"], stance=-1),
        actor("Marc-André Giroux", "person", title="high performance director", affiliation="Nordiq Canada",
              aliases=["Marc-André Giroux", "Giroux"], stance=0),
        actor("Sandra Kuntz", "person", title="president", affiliation="Caledonia Nordic Ski Club",
              aliases=["Sandra Kuntz", "Kuntz"], stance=1),
        actor("Dawn Bouchard", "person", title="mother of Kenna Bouchard",
              aliases=["Dawn Bouchard", "Bouchard"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Timaru Herald (Stuff; Health NZ suspends overnight births at Timaru Hospital), headline and
#    standfirst without speech, byline and "08:12, Dec 05 2026" lines, straight " and apostrophes, NZ
#    style, "READ MORE:" block with starred link lines. "Health NZ said A, and that B" (one span);
#    operations director "said the decision was "..."" (partial only), quote with "he said", "He said A
#    and that B" (one span); scare so-called "hub and spoke" model; midwives' union "said its members had
#    been raising ... "..."" (partial only); its adviser (surname Moss) "said the suspension was "..."",
#    "Moss said"; anonymous midwife "said A", "she said"; expectant mother "said the ... drive ... had
#    her "..."" (partial only), "she said"; mayor "said the council would write to the Health Minister
#    asking for ... "..."" (partial only), "Findlay said"; Q&A "Asked whether ..., Reihana said: "..."".
#    Not annotated: the READ MORE lines, the unaffected services.
ARTICLES[f"{BATCH}/timaru-overnight-births-suspended.gold.json"] = {
    "article": f"{BATCH}/timaru-overnight-births-suspended.txt",
    "target": "Health New Zealand",
    "quotes": [
        (I, "Health New Zealand", "the suspension would run from December 14 until at least January 25, and that it "
            "was caused by a shortage of core midwives over the summer holiday period", None),
        (P, "Jonathan Reihana", "the safest option available to us", None),
        (D, "Jonathan Reihana", "We would much rather not be doing this. But we cannot run a safe overnight service "
            "with two midwives covering three shifts, and I won't put mothers and babies at risk to keep a roster "
            "looking full,", None),
        (I, "Jonathan Reihana", "four midwife vacancies had been advertised since August and that two new graduates "
            "would start in February", None),
        (S, None, "hub and spoke", None),
        (P, "Midwifery Employee Representation and Advisory Service", "for well over a year", None),
        (P, "Hine Moss", "entirely predictable", None),
        (D, "Hine Moss", "Nobody who works in that unit is surprised. What's shocking is that it took this long for "
            "anyone to act,", None),
        (I, "One midwife", "staff had been working double shifts since October", None),
        (D, "One midwife", "We've been running on empty since the spring. Management knew,", None),
        (P, "Sophie Krause", "terrified", None),
        (D, "Sophie Krause", "My first labour was four hours start to finish. I'm not going to make it to "
            "Christchurch. I'll be having this baby on the side of State Highway 1,", None),
        (P, "Graham Findlay", "as a matter of urgency", None),
        (D, "Graham Findlay", "South Canterbury people are sick of being told to drive to Christchurch for "
            "everything,", None),
        (D, "Jonathan Reihana", "I'm not going to make promises I can't keep.", None),
    ],
    "actors": [
        actor("Health New Zealand", "government", title="national health agency",
              aliases=["Health New Zealand", "Health NZ"], stance=1),
        actor("Jonathan Reihana", "person", title="group director of operations",
              affiliation="Health NZ South Canterbury", aliases=["Jonathan Reihana", "Reihana"], stance=1),
        actor("Midwifery Employee Representation and Advisory Service", "organisation", title="midwives' union",
              aliases=["Midwifery Employee Representation and Advisory Service", "Meras"], stance=-1),
        actor("Hine Moss", "person", title="industrial adviser", affiliation="Meras",
              aliases=["Hine Moss", "Moss"], stance=-1),
        actor("One midwife", "person", title="anonymous midwife", affiliation="Timaru Hospital",
              aliases=["One midwife"], stance=-1),
        actor("Sophie Krause", "person", title="Fairlie resident, expectant mother",
              aliases=["Sophie Krause", "Krause"], stance=-1),
        actor("Graham Findlay", "person", title="Timaru District Mayor", affiliation="Timaru District Council",
              aliases=["Graham Findlay", "Findlay"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
