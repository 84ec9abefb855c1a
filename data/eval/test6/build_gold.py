"""Build the test6 gold files (data/eval/test6/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev12/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test6/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test6.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Reuters commodities (grain), dateline "ASTANA, Sept 17 (Reuters) -", straight quotes and
#    straight apostrophes (country's, millers'), punctuation inside closing marks. Lede content
#    before "the agriculture ministry said on Wednesday" (the next sentence, about the drought, is
#    the writer's). Content before "the ministry said in a statement". Deputy minister: two quoted
#    sentences around "told reporters in Astana", then "He said A, ..., and that B "..."" (indirect
#    for the first clause, partial only for the second). Group "Traders said". Anonymous trader
#    named by description after the first stretch ("said a Moscow-based trader who ..., speaking on
#    condition of anonymity ..."), quote resumed. Price before "according to the Grain Union of
#    Kazakhstan, which ..."; "The Grain Union called X "..." and said ..." (partial plus indirect).
#    Scare "fifth class," (a trade name). Uzbek foreign ministry "said ... "..." and that ..."
#    (partial plus indirect). "was quoted as saying by the Pajhwok news agency that" (indirect).
#    "dismissed concerns about ..." (no proposition, not annotated), then quote plus participial
#    "adding that". Analyst named after a three-sentence quote. "(Reporting by ...)" line not
#    annotated.
ARTICLES["data/eval/test6/kazakhstan-wheat-export-quota.gold.json"] = {
    "article": "data/eval/test6/kazakhstan-wheat-export-quota.txt",
    "target": "Kazakhstan",
    "quotes": [
        (I, "agriculture ministry", "Kazakhstan will limit wheat exports to 4.5 million tonnes in the 2025/26 "
            "marketing year and stop shipments of feed-quality grain altogether", None),
        (I, "agriculture ministry", "The quota, to be shared among exporters in proportion to their shipments "
            "over the past three seasons, will take effect on Oct. 1", None),
        (D, "Yerlan Abdrakhmanov", "We have to make sure there is enough bread wheat and seed for next spring "
            "before anything leaves the country,", None),
        (D, "Yerlan Abdrakhmanov", "The farmer who sells abroad today will be the first to ask the state for seed "
            "in April.", None),
        (I, "Yerlan Abdrakhmanov", "the crop was expected at about 11.2 million tonnes after cleaning, down from "
            "16.4 million tonnes last year", None),
        (P, "Yerlan Abdrakhmanov", "sufficient but not comfortable.", None),
        (I, "Traders", "the cap was tighter than the market had expected", None),
        (D, "Moscow-based trader", "Four and a half is a shock. People were talking about six, maybe six and a "
            "half,", None),
        (D, "Moscow-based trader", "Astana is sending its own customers to Russia. Uzbek mills will be on the "
            "phone to Rostov by tonight.", None),
        (I, "Grain Union of Kazakhstan", "Milling wheat for delivery to the Uzbek border rose about 6% on Wednesday "
            "to 142,000 tenge ($295) a tonne", None),
        (P, "Grain Union of Kazakhstan", "a blow to Kazakhstan's name as a reliable supplier", None),
        (I, "Grain Union of Kazakhstan", "it would ask the government to review it after the spring sowing", None),
        (S, None, "fifth class,", None),
        (P, "Uzbekistan's foreign ministry", "regrettable and unexpected", None),
        (I, "Uzbekistan's foreign ministry", "Tashkent had asked for urgent consultations with Astana", None),
        (I, "Ahmad Shah Noori", "the cap would push up bread prices in the capital by a fifth within a month", None),
        (D, "Yerlan Abdrakhmanov", "Our partners know that we have never left them without bread,", None),
        (I, "Yerlan Abdrakhmanov", "the quota could be raised in January if winter crop conditions allowed", None),
        (D, "Dana Sarsenova", "It is a sensible decision for the domestic flour price and an expensive one for the "
            "export business. Both things are true. The difference from 2010 is that Russia has a big crop this "
            "year and will happily take the market share,", None),
    ],
    "actors": [
        actor("agriculture ministry", "government", title="Kazakhstan's agriculture ministry",
              aliases=["agriculture ministry", "the ministry"], stance=0),
        actor("Yerlan Abdrakhmanov", "person", title="deputy agriculture minister",
              affiliation="Kazakhstan government", aliases=["Yerlan Abdrakhmanov", "Abdrakhmanov"], stance=1),
        actor("Traders", "group", title="grain traders", aliases=["Traders"], stance=0),
        actor("Moscow-based trader", "person", title="grain trader (anonymous) buying Kazakh grain for Uzbek mills",
              aliases=["Moscow-based trader"], stance=-1),
        actor("Grain Union of Kazakhstan", "organisation", title="exporters' and farm companies' industry group",
              aliases=["Grain Union of Kazakhstan", "The Grain Union"], stance=-1),
        actor("Uzbekistan's foreign ministry", "government", title="Uzbekistan's foreign ministry",
              aliases=["Uzbekistan's foreign ministry"], stance=-1),
        actor("Ahmad Shah Noori", "person", title="head of the Afghan flour millers' association",
              affiliation="Afghan flour millers' association", aliases=["Ahmad Shah Noori", "Noori"], stance=-1),
        actor("Dana Sarsenova", "person", title="head of agricultural research",
              affiliation="Tengri Capital (Almaty)", aliases=["Dana Sarsenova", "Sarsenova"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. BBC health (regional), curly “ ” in the body, curly ‘ ’ in the headline, ’ apostrophes
#    (I’ve, trust’s, Midwives’), British punctuation outside the closing mark of a fragment.
#    Headline fragment ‘on hold’ -> the trust (the entity the headline names, "Devon trust").
#    Lede content before "an NHS trust has said". Trust "said A, as national guidance requires, and
#    that B" (one span); content before "the trust said". Scare “Closer to Home” (a strategy name).
#    Mother introduced with age and town, indirect, then a quote split by "she said". Chief nursing
#    officer "told BBC Radio Devon" + reported clause (indirect), then a quote split by "she said"
#    whose second part runs on into the next paragraph (three direct entries), then "Asked whether
#    ..., she said: “...”" (the answer only). "X's chief executive, Y, said in a statement that A and
#    that B" (one span). Union officer partial, then "she added". Group "Several expectant mothers
#    who spoke to the BBC said". Councillor "wrote on X that ... “...” and that ..." (partial plus
#    indirect). "A spokeswoman for NHS England’s South West region said". The closing advice line
#    (passive, no speaker) is not annotated.
ARTICLES["data/eval/test6/tamar-valley-home-births-paused.gold.json"] = {
    "article": "data/eval/test6/tamar-valley-home-births-paused.txt",
    "target": "Tamar Valley Hospitals NHS Trust",
    "quotes": [
        (P, "Tamar Valley Hospitals NHS Trust", "on hold", None),
        (I, "Tamar Valley Hospitals NHS Trust", "Women in west Devon and east Cornwall will not be able to give birth "
            "at home for at least three months because of a shortage of midwives", None),
        (I, "Tamar Valley Hospitals NHS Trust", "it could no longer guarantee that two midwives would be available "
            "for every home birth, as national guidance requires, and that rural ambulance response times made "
            "the risk too high", None),
        (I, "Tamar Valley Hospitals NHS Trust", "About 60 women who had planned home births in the next three months "
            "have been contacted", None),
        (S, None, "Closer to Home", None),
        (I, "Hannah Pearce", "she had found out from a text message", None),
        (D, "Hannah Pearce", "I had my daughter at home in the front room and it was the calmest thing I\u2019ve ever "
            "done,", None),
        (D, "Hannah Pearce", "Now I\u2019m being told to drive 40 minutes in labour, on the A30, in January.", None),
        (I, "Fiona Gallacher", "the staffing gap had built up over the summer, when several experienced midwives "
            "retired", None),
        (D, "Fiona Gallacher", "We have 23 midwife vacancies,", None),
        (D, "Fiona Gallacher", "On some nights we have had a single community midwife on call for an area the size "
            "of Dartmoor.", None),
        (D, "Fiona Gallacher", "If something goes wrong at a home birth and the second midwife is an hour away, that "
            "is not a risk I am prepared to ask a family to take.", None),
        (D, "Fiona Gallacher", "I would love to promise that. I can\u2019t.", None),
        (I, "Mark Ellison", "11 newly qualified midwives would join in February and that women who had planned home "
            "births would be offered a named midwife at the birth centre in Tavistock", None),
        (P, "Carys Lloyd", "the predictable result of the trust\u2019s board ignoring warnings from its own staff",
            None),
        (D, "Carys Lloyd", "Midwives here are exhausted. They cover gaps every single week, and they are leaving,",
            None),
        (I, "expectant mothers", "they had not heard about the change from their own midwife", None),
        (P, "Peter Rowe", "a fortnight\u2019s notice of a three-month gap", None),
        (I, "Peter Rowe", "he would ask the trust\u2019s chief executive to appear before the committee", None),
        (I, "spokeswoman for NHS England\u2019s South West region", "decisions about local maternity services were a "
            "matter for individual trusts", None),
    ],
    "actors": [
        actor("Tamar Valley Hospitals NHS Trust", "organisation", title="NHS hospital trust (west Devon, east Cornwall)",
              aliases=["Tamar Valley Hospitals NHS Trust", "the trust", "Devon trust", "NHS trust"], stance=1),
        actor("Hannah Pearce", "person", title="expectant mother (31), Launceston",
              aliases=["Hannah Pearce", "Pearce"], stance=-1),
        actor("Fiona Gallacher", "person", title="chief nursing officer",
              affiliation="Tamar Valley Hospitals NHS Trust", aliases=["Fiona Gallacher", "Gallacher"], stance=1),
        actor("Mark Ellison", "person", title="chief executive", affiliation="Tamar Valley Hospitals NHS Trust",
              aliases=["Mark Ellison", "Ellison"], stance=1),
        actor("Carys Lloyd", "person", title="regional officer for the South West",
              affiliation="Royal College of Midwives", aliases=["Carys Lloyd", "Lloyd"], stance=-1),
        actor("expectant mothers", "group", title="expectant mothers who spoke to the BBC",
              aliases=["expectant mothers"], stance=-1),
        actor("Peter Rowe", "person", title="county councillor, chair of the health scrutiny committee",
              affiliation="Devon County Council", aliases=["Peter Rowe", "Rowe"], stance=-1),
        actor("spokeswoman for NHS England\u2019s South West region", "person", title="spokeswoman",
              affiliation="NHS England (South West region)",
              aliases=["spokeswoman for NHS England\u2019s South West region"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. AP college football (coach fired), dateline "REDDING, Calif. (AP) —", straight quotes and
#    apostrophes (program's, I'm, That's), punctuation inside closing marks. Athletic director
#    "said in a statement that ... "stalled" and that ..." (partial plus indirect). Content before
#    "the school confirmed". Scare so-called "Mustang Standard," (a program name in the writer's
#    sentence). "recalled that" (indirect). Man and woman named together ("Tate and Webb appeared
#    together ..."), then "he said" (Webb) / "she said" (Tate). Q&A in prose: ""...?" a reporter
#    asked." (direct, stance null) and ""No," Tate said. "..."". Coach "Dallaire, 54, did not
#    attend" (no speech); "In a post on social media ..., he said he was "..." and thanked ... "..."
#    (two partials; "thanked" carries no proposition but the quoted fragment is still a partial),
#    then "he wrote" around a split quote. Group "Players said". Quarterback named after the quote
#    ("said quarterback X, who ..."). President "said A and that B" (one span).
ARTICLES["data/eval/test6/sierra-state-dallaire-fired.gold.json"] = {
    "article": "data/eval/test6/sierra-state-dallaire-fired.txt",
    "target": "Rick Dallaire",
    "quotes": [
        (P, "Monica Tate", "stalled", None),
        (I, "Monica Tate", "she had told Dallaire of her decision in person Sunday morning", None),
        (I, "Sierra State", "He is owed about $7.8 million under a contract extension he signed after that season",
            None),
        (S, None, "Mustang Standard,", None),
        (I, "Monica Tate", "he had taken over a team coming off a 1-10 season with 63 scholarship players", None),
        (D, "Marcus Webb", "Rick hired me and taught me most of what I know about this job. I'm not going to stand "
            "up here and call this a good day,", None),
        (D, "Monica Tate", "Nobody here is calling it that,", None),
        (D, "Monica Tate", "But we have good young players in that locker room, and they deserve better than what "
            "they've gotten this fall. That's on all of us, me included.", None),
        (D, "reporter", "Does the buyout limit who you can hire?", None),
        (D, "Monica Tate", "No,", None),
        (D, "Monica Tate", "President Alvey and the board have been clear that we will do what it takes to get this "
            "right.", None),
        (P, "Rick Dallaire", "disappointed but not bitter", None),
        (P, "Rick Dallaire", "the best fans in the West.", None),
        (D, "Rick Dallaire", "I'm proud of what we built here, and I'm proud of those kids,", None),
        (D, "Rick Dallaire", "But nine games, two wins. That's the number, and I own it.", None),
        (I, "Players", "they were told at a 9 a.m. team meeting on Sunday", None),
        (D, "Tyler Nunes", "He recruited me out of junior college when nobody else called. People can say what they "
            "want about the record, but he cared about us as people first,", None),
        (I, "Gregory Alvey", "a national search would begin immediately and that the school had hired an outside "
            "firm to help", None),
    ],
    "actors": [
        actor("Monica Tate", "person", title="athletic director", affiliation="Sierra State",
              aliases=["Monica Tate", "Tate"], stance=-1),
        actor("Sierra State", "organisation", title="university (football program: the Mustangs)",
              aliases=["Sierra State", "the school"], stance=None),
        actor("Marcus Webb", "person", title="defensive coordinator, interim coach", affiliation="Sierra State",
              aliases=["Marcus Webb", "Webb"], stance=1),
        actor("reporter", "person", title="reporter at the news conference", aliases=["reporter"], stance=None),
        actor("Rick Dallaire", "person", title="football coach (fired), 54", affiliation="Sierra State",
              aliases=["Rick Dallaire", "Dallaire", "Rick"], stance=0),
        actor("Players", "group", title="Sierra State football players", aliases=["Players"], stance=None),
        actor("Tyler Nunes", "person", title="quarterback", affiliation="Sierra State",
              aliases=["Tyler Nunes", "Nunes"], stance=1),
        actor("Gregory Alvey", "person", title="university president", affiliation="Sierra State",
              aliases=["Gregory Alvey", "Alvey", "President Alvey"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Irish politics (Irish Independent-style), straight single quotes '...' with straight
#    apostrophes inside (They're, don't, That's) and outside (RTÉ's, Féin's, group's), "2pc"
#    style, punctuation outside closing marks for fragments. Headline fragment 'paying more for
#    less', says Tenants First -> Tenants First Ireland (the body repeats it as a separate
#    partial). "has defended plans ..., insisting ..." (indirect under the participle). Scare
#    so-called 'rent reset'. "Speaking on RTÉ's Morning Ireland, the Fine Gael minister said ...
#    'frozen' ..." (partial), then a quote paragraph with "she said" and a quote-only paragraph
#    (continuity). Dáil exchange: "accused the Government of '...'" (partial), "he said", "Ms
#    Keane replied" (two stretches), "he shot back" (Kilbane). Charity "said ... '...' and that
#    ..." (partial plus indirect); its chief executive named after the quote ("said the group's
#    chief executive, X"). Landlords' group "welcomed ... but said ... '...' ..." (partial only);
#    its chairman named after the quote with a long apposition. "Prof X, ..., said ... '...'"
#    (partial only), then "he said". Anonymous coalition TD (partial only). "Ms Keane hopes ..."
#    (no speech).
ARTICLES["data/eval/test6/keane-rent-reset-plan.gold.json"] = {
    "article": "data/eval/test6/keane-rent-reset-plan.txt",
    "target": "Aoibheann Keane",
    "quotes": [
        (P, "Tenants First Ireland", "paying more for less", "Rent plan will leave"),
        (I, "Aoibheann Keane", "the change will bring thousands of rental homes back on to the market by 2028", None),
        (S, None, "rent reset", None),
        (P, "Aoibheann Keane", "frozen", None),
        (D, "Aoibheann Keane", "We have landlords leaving this market every single week. They're not leaving because "
            "they're greedy. They're leaving because the numbers don't work,", None),
        (D, "Aoibheann Keane", "If we want more homes to rent, we have to give people a reason to provide them.", None),
        (P, "Darragh Kilbane", "handing landlords a blank cheque", None),
        (D, "Darragh Kilbane", "Every renter in this country will now be one notice to quit away from a 30pc rent "
            "increase,", None),
        (D, "Aoibheann Keane", "That's simply not true, Deputy Kilbane,", None),
        (D, "Aoibheann Keane", "Existing tenancies are protected.", None),
        (D, "Darragh Kilbane", "Protected until they move,", None),
        (P, "Tenants First Ireland", "paying more for less", "said the plan would leave"),
        (I, "Tenants First Ireland", "calls from tenants facing large rent increases had doubled since January", None),
        (D, "Orla Kinsella", "The minister is betting that landlords will stay if they can charge more. What she is "
            "not saying is who pays for that,", None),
        (P, "Small Landlords Network", "five years too late", None),
        (D, "Liam Geraghty", "It is a start. Most of our members are not investors, they are people with one flat "
            "and a mortgage on it,", None),
        (P, "Declan Harte", "mixed at best", None),
        (D, "Declan Harte", "You may get some supply back. You will certainly get higher rents when tenancies turn "
            "over. Whether the first outweighs the second is the whole argument,", None),
        (P, "Fianna F\u00e1il TD", "a very hard sell on the doors", None),
    ],
    "actors": [
        actor("Tenants First Ireland", "organisation", title="tenants' charity (national advice line)",
              aliases=["Tenants First Ireland", "Tenants First"], stance=-1),
        actor("Aoibheann Keane", "person", title="Minister for Housing (Fine Gael)", affiliation="Irish Government",
              aliases=["Aoibheann Keane", "Keane", "Ms Keane", "The minister"], stance=1),
        actor("Darragh Kilbane", "person", title="Sinn F\u00e9in housing spokesperson, TD", affiliation="Sinn F\u00e9in",
              aliases=["Darragh Kilbane", "Kilbane", "Deputy Kilbane"], stance=-1),
        actor("Orla Kinsella", "person", title="chief executive", affiliation="Tenants First Ireland",
              aliases=["Orla Kinsella", "Kinsella"], stance=-1),
        actor("Small Landlords Network", "organisation", title="group of small landlords (about 3,000)",
              aliases=["Small Landlords Network"], stance=1),
        actor("Liam Geraghty", "person", title="chairman; retired garda and landlord, Drogheda",
              affiliation="Small Landlords Network", aliases=["Liam Geraghty", "Geraghty"], stance=1),
        actor("Declan Harte", "person", title="Prof, housing economist", affiliation="University College Cork",
              aliases=["Declan Harte", "Harte"], stance=0),
        actor("Fianna F\u00e1il TD", "person", title="coalition TD (anonymous)", affiliation="Fianna F\u00e1il",
              aliases=["Fianna F\u00e1il TD"], stance=-1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
