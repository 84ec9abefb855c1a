"""Build the dev243 gold files (data/eval/dev243/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev241/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev243/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev243.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev243"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Mainichi (Japan) courts/science (a court orders a university to reinstate a researcher dismissed over data
#    fabrication claims), headline without speech, date line "(Mainichi Japan)", dateline "TOKYO --", straight " and
#    apostrophes; lede "ruling that the university's investigation was "..."" (partial for the court); presiding
#    judge "said A, and that it had reached its conclusions "..."" (indirect plus partial); "According to the ruling,
#    A" (the court's); researcher "said he had spent two years "living under the word 'fabricator.'"" (partial with a
#    nested single mark), "he said", then a quote-only paragraph; university "said in a statement that it found the
#    ruling "..." and that B" (partial plus indirect), "the statement said"; lawyer "told the Mainichi Shimbun that
#    the case showed what can go wrong when a university "..."" (partial only), "She said A"; ministry official "said
#    the ministry would "..." but declined to comment" (partial only); professor named after her quote, then Q&A
#    "Asked whether ..., she replied, "..."" (direct); scare so-called "silent" kidney damage; "He said he would A".
ARTICLES[f"{BATCH}/seiwa-researcher-dismissal-ruling.gold.json"] = {
    "article": f"{BATCH}/seiwa-researcher-dismissal-ruling.txt",
    "target": "Seiwa Medical University",
    "quotes": [
        (P, "Tokyo District Court", "seriously flawed.", None),
        (I, "Kaori Nishimura", "the university's investigative committee had not allowed the researcher, Hiroshi Kanda, "
            "52, to examine the raw data it relied on", None),
        (P, "Kaori Nishimura", "without hearing from the technicians who actually ran the experiments.", None),
        (I, "Tokyo District Court", "the committee also failed to consider that two other laboratories had later "
            "reproduced the study's main results", None),
        (P, "Hiroshi Kanda", "living under the word 'fabricator.'", None),
        (D, "Hiroshi Kanda", "I never asked the university to believe me. I asked it to look at the data. Today the court "
            "did what the university would not,", None),
        (D, "Hiroshi Kanda", "I want to go back to my laboratory. My students were scattered when I was dismissed, and "
            "some of them left research altogether.", None),
        (P, "Seiwa Medical University", "regrettable", None),
        (I, "Seiwa Medical University", "it would decide whether to appeal after examining the judgment in detail", None),
        (D, "Seiwa Medical University", "Our committee followed the university's rules and the guidelines of the "
            "education ministry. We stand by its work,", None),
        (P, "Emi Sugawara", "acts as prosecutor and judge at the same time.", None),
        (I, "Emi Sugawara", "universities should be required to let an outside body review any dismissal based on a "
            "misconduct finding", None),
        (P, "official at the education ministry's research integrity office", "study the ruling carefully", None),
        (D, "Masako Yoshida", "Misconduct inquiries in Japan have improved since the STAP cell scandal, but many "
            "universities still treat the accused as guilty from the start. From what the court describes, that is what "
            "happened here,", None),
        (D, "Masako Yoshida", "I hope it makes them careful, not reluctant.", None),
        (S, None, "silent", None),
        (I, "Hiroshi Kanda", "he would ask the journal to reconsider the retraction", None),
    ],
    "actors": [
        actor("Tokyo District Court", "government", title="court", affiliation="Japan",
              aliases=["Tokyo District Court"], stance=-1),
        actor("Kaori Nishimura", "person", title="Presiding Judge", affiliation="Tokyo District Court",
              aliases=["Kaori Nishimura", "Nishimura"], stance=-1),
        actor("Hiroshi Kanda", "person", title="former associate professor", affiliation="Seiwa Medical University",
              aliases=["Hiroshi Kanda", "Kanda"], stance=-1),
        actor("Seiwa Medical University", "organisation", title="medical university", affiliation="Japan",
              aliases=["Seiwa Medical University"], stance=1),
        actor("Emi Sugawara", "person", title="lawyer (Kanda's)", affiliation=None,
              aliases=["Emi Sugawara", "Sugawara"], stance=-1),
        actor("official at the education ministry's research integrity office", "person", title="official (anonymous)",
              affiliation="education ministry, research integrity office",
              aliases=["official at the education ministry's research integrity office"], stance=None),
        actor("Masako Yoshida", "person", title="professor of research ethics", affiliation="Osaka University",
              aliases=["Masako Yoshida", "Yoshida"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Law Society Gazette (UK legal trade press) courts/legal aid (rural firms leave the police station duty rota),
#    headline "... as Law Society warns of 'collapse'" (partial for the Law Society), byline and date lines, British
#    straight single quotes, straight apostrophes inside and outside (Solicitors' Association), "3am", "£24m"; lede
#    "..., the Gazette understands" (no speaker); "The Law Society said the exits were a sign of the '...' of ... and
#    called on ..." (partial only; directive); president "said: '...` open at the end of its line, then a closed
#    paragraph; partner "told the Gazette his firm had A" (no "that"), "he said", "He added that A, which remained
#    '...' under ..." (indirect plus partial); MoJ spokesperson "said: '...'", "The spokesperson added that A";
#    "According to the Legal Aid Agency, A"; association "described the government's offer as '...'" (partial only,
#    full stop outside), its chair "said A", "she said"; anonymous solicitor "said the decision had been '...' but
#    ..." (partial only); police "said A and that B" (one span); scare so-called 'advice deserts'.
ARTICLES[f"{BATCH}/lincolnshire-duty-solicitor-exits.gold.json"] = {
    "article": f"{BATCH}/lincolnshire-duty-solicitor-exits.txt",
    "target": "Ministry of Justice",
    "quotes": [
        (P, "Law Society", "collapse", "warns of 'collapse'"),
        (P, "Law Society", "collapse", "sign of the"),
        (D, "Catherine Aldous", "We have warned for years that this would happen. Firms are not leaving because they want "
            "to. They are leaving because the fees no longer cover the cost of sending a solicitor out at 3am.", None),
        (D, "Catherine Aldous", "If you are arrested in Skegness on a Saturday night, your solicitor may now be driving "
            "from Nottingham. That is not access to justice in any meaningful sense.", None),
        (I, "Daniel Okafor", "his firm had lost money on police station work in four of the last five years", None),
        (D, "Daniel Okafor", "We kept going out of loyalty to the town. But I have two solicitors over 60 and nobody "
            "coming through behind them,", None),
        (I, "Daniel Okafor", "the firm would continue to take Crown court work", None),
        (P, "Daniel Okafor", "just about viable", None),
        (D, "Ministry of Justice spokesperson", "We are investing an additional £24m a year in criminal legal aid "
            "solicitors, and we will set out further reforms in the spring.", None),
        (I, "Ministry of Justice spokesperson", "the Legal Aid Agency was working with the remaining firms to make sure "
            "the rota was covered", None),
        (I, "Legal Aid Agency", "the number of firms holding criminal legal aid contracts in England and Wales has fallen "
            "by more than a third since 2012", None),
        (P, "Criminal Law Solicitors' Association", "too little, far too late", None),
        (I, "Rhona Whitlock", "the average age of a duty solicitor was now over 50", None),
        (D, "Rhona Whitlock", "In ten years we will not have a criminal defence profession outside the cities,", None),
        (P, "solicitor at one of the departing firms", "heartbreaking", None),
        (I, "Lincolnshire Police", "it was aware of the changes and that detainees would continue to have access to free "
            "legal advice, including by telephone", None),
        (S, None, "advice deserts", None),
    ],
    "actors": [
        actor("Law Society", "organisation", title="solicitors' professional body", affiliation="England and Wales",
              aliases=["Law Society"], stance=-1),
        actor("Catherine Aldous", "person", title="president", affiliation="Law Society",
              aliases=["Catherine Aldous", "Aldous"], stance=-1),
        actor("Daniel Okafor", "person", title="managing partner", affiliation="Okafor & Reid, Boston",
              aliases=["Daniel Okafor", "Okafor"], stance=-1),
        actor("Ministry of Justice spokesperson", "person", title="spokesperson", affiliation="Ministry of Justice",
              aliases=["Ministry of Justice spokesperson", "The spokesperson"], stance=1),
        actor("Legal Aid Agency", "government", title="executive agency", affiliation="Ministry of Justice",
              aliases=["Legal Aid Agency"], stance=0),
        actor("Criminal Law Solicitors' Association", "organisation", title="solicitors' association",
              affiliation="England and Wales", aliases=["Criminal Law Solicitors' Association"], stance=-1),
        actor("Rhona Whitlock", "person", title="chair", affiliation="Criminal Law Solicitors' Association",
              aliases=["Rhona Whitlock", "Whitlock"], stance=-1),
        actor("solicitor at one of the departing firms", "person", title="solicitor (anonymous)", affiliation=None,
              aliases=["solicitor at one of the departing firms"], stance=None),
        actor("Lincolnshire Police", "government", title="police force", affiliation="Lincolnshire",
              aliases=["Lincolnshire Police"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Ghanaian Times (Ghana) labour/health (nurses and midwives strike over unpaid allowances), headline without
#    speech, byline, dateline "ACCRA, Dec 3 —", straight " and apostrophes, "GH¢", "Mrs"/"Mr"/"Dr"; association "in a
#    communiqué signed by its General Secretary, said the strike would continue "..."" (partial only, full stop
#    outside); "The association said A and that B "..."" (indirect plus partial); president in an apposition "told the
#    Ghanaian Times in an interview that A", "she said", then a quote-only paragraph; minister "said A and that the
#    money would reach ... "..."" (indirect plus partial), quote with "Dr Osei-Darko said at a press briefing", "He
#    insisted that A"; content before ", according to hospital officials"; relative "said A", "he asked"; GHS "said A";
#    MP "described the strike as "..." and said the Ministry had "..." ..." (two partials); "According to the
#    Controller and Accountant-General's Department, A"; scare so-called "rent and fuel" allowance.
ARTICLES[f"{BATCH}/ghana-nurses-allowances-strike.gold.json"] = {
    "article": f"{BATCH}/ghana-nurses-allowances-strike.txt",
    "target": "Ministry of Health",
    "quotes": [
        (P, "Ghana Registered Nurses and Midwives Association", "until every pesewa owed is paid", None),
        (I, "Ghana Registered Nurses and Midwives Association", "its members had been patient for eight months", None),
        (P, "Ghana Registered Nurses and Midwives Association", "with promises and nothing else", None),
        (I, "Abena Serwaa Boateng", "nurses had not taken the decision lightly", None),
        (D, "Abena Serwaa Boateng", "We are not wicked people. Nobody enjoys seeing patients turned away. But a nurse who "
            "cannot pay her transport to work cannot care for anybody,", None),
        (D, "Abena Serwaa Boateng", "The Ministry signed the agreement. All we are asking is that it honours its own "
            "signature.", None),
        (I, "Yaw Osei-Darko", "the government had released GH¢120 million to pay the allowances", None),
        (P, "Yaw Osei-Darko", "within two weeks", None),
        (D, "Yaw Osei-Darko", "I appeal to our nurses and midwives to return to the wards. The money is there. The delay "
            "was in validating the names on the payroll,", None),
        (I, "Yaw Osei-Darko", "the Ministry had not broken the agreement", None),
        (I, "hospital officials", "At the Korle Bu Teaching Hospital, only emergency cases were attended to", None),
        (I, "Kofi Mensah", "the family had not been told where else to go", None),
        (D, "Kofi Mensah", "They told us to take her home and come back when the strike is over. Where will we take "
            "her?", None),
        (I, "Ghana Health Service", "it had put contingency plans in place, including the use of retired nurses and "
            "national service personnel", None),
        (P, "Emmanuel Ofosu-Nyarko", "avoidable", None),
        (P, "Emmanuel Ofosu-Nyarko", "slept on", None),
        (I, "Controller and Accountant-General's Department", "about 38,000 nurses and midwives are on the government "
            "payroll", None),
        (S, None, "rent and fuel", None),
    ],
    "actors": [
        actor("Ghana Registered Nurses and Midwives Association", "organisation", title="nurses' and midwives' union",
              affiliation="Ghana", aliases=["Ghana Registered Nurses and Midwives Association", "GRNMA"], stance=-1),
        actor("Abena Serwaa Boateng", "person", title="President", affiliation="GRNMA",
              aliases=["Abena Serwaa Boateng", "Boateng", "Mrs Abena Serwaa Boateng"], stance=-1),
        actor("Yaw Osei-Darko", "person", title="Minister of Health", affiliation="Government of Ghana",
              aliases=["Yaw Osei-Darko", "Osei-Darko", "Dr Osei-Darko", "Dr Yaw Osei-Darko"], stance=1),
        actor("hospital officials", "group", title="officials", affiliation="Korle Bu Teaching Hospital",
              aliases=["hospital officials"], stance=None),
        actor("Kofi Mensah", "person", title="patient's relative", affiliation=None,
              aliases=["Kofi Mensah", "Mensah", "Mr Kofi Mensah"], stance=None),
        actor("Ghana Health Service", "government", title="public health service", affiliation="Ghana",
              aliases=["Ghana Health Service", "GHS"], stance=None),
        actor("Emmanuel Ofosu-Nyarko", "person", title="Ranking Member, Health Committee", affiliation="Parliament of Ghana",
              aliases=["Emmanuel Ofosu-Nyarko", "Ofosu-Nyarko", "Mr Emmanuel Ofosu-Nyarko"], stance=-1),
        actor("Controller and Accountant-General's Department", "government", title="government accounting department",
              affiliation="Ghana", aliases=["Controller and Accountant-General's Department"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Qatar Tribune (Qatar) sport/football (a coach insists he will not resign after five defeats), headline "Valdés
#    vows he ‘will not walk away’ ..." (partial for Valdés), dateline "Doha", curly “ ” in the body and ‘ ’ in the
#    headline, ’ apostrophes (side’s, Valdés’s); lede "has insisted he will not resign"; "the Spaniard said the team
#    was “...” but that B" (partial plus indirect), quote with "Valdés told reporters", then a quote-only paragraph;
#    Q&A "Asked whether ..., he said: “...”" (direct); board "said in a statement ... that it had “...” in ... and that
#    B" (partial plus indirect); captain "said A", quote with "Al Muhannadi said"; "supporters ... were less
#    forgiving." (no speech); group "Several supporters who spoke to Qatar Tribune said A"; fan named after his quote;
#    analyst "said Valdés had been hired to “...” and had not given ..." (partial only), "he said"; "According to the
#    Qatar Stars League, A"; scare so-called “northern project” (glossed).
ARTICLES[f"{BATCH}/al-shamal-valdes-will-not-resign.gold.json"] = {
    "article": f"{BATCH}/al-shamal-valdes-will-not-resign.txt",
    "target": "Jorge Valdés",
    "quotes": [
        (P, "Jorge Valdés", "will not walk away", "vows he"),
        (I, "Jorge Valdés", "he will not resign", None),
        (P, "Jorge Valdés", "paying for mistakes in both boxes", None),
        (I, "Jorge Valdés", "the squad had the quality to climb the table", None),
        (D, "Jorge Valdés", "I will not walk away. I came here to build something, and you do not build anything in four "
            "months,", None),
        (D, "Jorge Valdés", "The players are giving everything. When we make one mistake, we are punished. When the other "
            "team makes one, we don’t punish them. That is football at this level.", None),
        (D, "Jorge Valdés", "Every day. They know my plan.", None),
        (P, "Al Shamal’s board of directors", "full confidence", None),
        (I, "Al Shamal’s board of directors", "it would assess the team’s situation during the mid-season break", None),
        (I, "Khalid Al Muhannadi", "the players took responsibility for the results", None),
        (D, "Khalid Al Muhannadi", "The coach is not the one missing chances. We are,", None),
        (I, "Several supporters who spoke to Qatar Tribune", "the team had no clear style of play five months into the "
            "season", None),
        (D, "Mohammed Saleh", "We score nothing, and the defence is a door that is always open,", None),
        (P, "Hassan Yaqoob", "play attractive football", None),
        (D, "Hassan Yaqoob", "Four months is short, I agree. But the league does not wait. The clubs near the bottom are "
            "all improving,", None),
        (I, "Qatar Stars League", "Al Shamal have conceded 24 goals in 11 matches, the most in the league", None),
        (S, None, "northern project", None),
    ],
    "actors": [
        actor("Jorge Valdés", "person", title="head coach", affiliation="Al Shamal",
              aliases=["Jorge Valdés", "Valdés", "the Spaniard"], stance=1),
        actor("Al Shamal’s board of directors", "organisation", title="club board", affiliation="Al Shamal",
              aliases=["Al Shamal’s board of directors"], stance=1),
        actor("Khalid Al Muhannadi", "person", title="team captain", affiliation="Al Shamal",
              aliases=["Khalid Al Muhannadi", "Al Muhannadi"], stance=1),
        actor("Several supporters who spoke to Qatar Tribune", "group", title="supporters", affiliation="Al Shamal",
              aliases=["Several supporters who spoke to Qatar Tribune"], stance=-1),
        actor("Mohammed Saleh", "person", title="season-ticket holder", affiliation="Al Ruwais",
              aliases=["Mohammed Saleh", "Saleh"], stance=-1),
        actor("Hassan Yaqoob", "person", title="former Qatar international, analyst", affiliation="Alkass",
              aliases=["Hassan Yaqoob", "Yaqoob"], stance=-1),
        actor("Qatar Stars League", "organisation", title="league", affiliation="Qatar",
              aliases=["Qatar Stars League"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
