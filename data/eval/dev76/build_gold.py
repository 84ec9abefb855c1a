"""Build the dev76 gold files (data/eval/dev76/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev75/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev76/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev76.  Standard library only.
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
# 1. EWN (Eyewitness News, South Africa) diplomacy/defence (Russian warships dock in Simon's Town for joint
#    drills), headline without speech, "Lindiwe Nkosi | EWN" and "2 December 2026 14:37" lines, "CAPE TOWN -"
#    dateline running into the lede, "READ:" line without speech, straight " and apostrophes, British
#    punctuation outside fragments. Lede content before ", the Department of Defence confirmed"; embassy "said
#    in a statement that the visit was "..." and that the exercise was "..."" (two partials), then "the
#    embassy said"; ambassador "brushed aside criticism" (act), then "he said", "Vorontsov said A"; SANDF
#    spokesperson "said the navy had "..." and that B" (partial plus indirect), "Moagi said"; scare so-called
#    "shadow fleet"; DA "has called the timing ... "..."" (partial); DA spokesperson "said South Africa could
#    not ... while "..."" (partial only), "Stander said"; Dirco "rejected that view" (act), its spokesperson
#    "said A, ..., and that B" (one span); researcher "said A", "she said", "She said Moscow was "..." to
#    show ..." (partial only); fisherman named Innocent "said A and was B", "he said".
ARTICLES["data/eval/dev76/russian-warships-simons-town-drills.gold.json"] = {
    "article": "data/eval/dev76/russian-warships-simons-town-drills.txt",
    "target": "Russia",
    "quotes": [
        (I, "Department of Defence", "Two Russian navy vessels and a supply tanker docked at the Simon's Town naval "
            "base on Wednesday morning ahead of a week of joint exercises with the South African Navy", None),
        (P, "Russia's embassy in Pretoria", "a routine expression of the friendship between our two navies", None),
        (P, "Russia's embassy in Pretoria", "not directed against any third country", None),
        (D, "Russia's embassy in Pretoria", "Russia and South Africa are partners in BRICS and share a commitment to "
            "freedom of navigation and maritime security,", None),
        (D, "Ilya Vorontsov", "We hear these voices every time a Russian ship comes to Africa. They would prefer Africa "
            "to have only one kind of friend,", None),
        (I, "Ilya Vorontsov", "about 600 Russian sailors would be given shore leave in Cape Town over the weekend", None),
        (P, "Refilwe Moagi", "nothing to hide", None),
        (I, "Refilwe Moagi", "the exercise would focus on search and rescue, anti-piracy operations and the protection "
            "of shipping lanes", None),
        (D, "Refilwe Moagi", "Our sailors will learn, their sailors will learn. That is what navies do,", None),
        (S, None, "shadow fleet", None),
        (P, "Democratic Alliance", "deeply embarrassing", None),
        (P, "Kobus Stander", "holding hands with the Russian navy in False Bay", None),
        (D, "Kobus Stander", "This government keeps telling the world it is non-aligned. You don't get to say that and "
            "then host war games with a country that is bombing Ukrainian cities every night,", None),
        (I, "Zama Khumalo", "South Africa held exercises with many navies, including those of France, Brazil and the "
            "United States, and that hosting the Russian ships did not mean the country had taken sides", None),
        (I, "Priyanka Naidoo", "the drills mattered more as a signal than as training", None),
        (D, "Priyanka Naidoo", "Militarily, this is a small exercise. Politically, it is a very loud one,", None),
        (P, "Priyanka Naidoo", "using every port call in Africa", None),
        (I, "Innocent Jacobs", "he had seen Russian ships in the harbour before and was not bothered by them", None),
        (D, "Innocent Jacobs", "They come, they buy fuel, they buy fish, they pay cash. Nobody here has a problem with "
            "them,", None),
    ],
    "actors": [
        actor("Department of Defence", "government", affiliation="South Africa", aliases=["Department of Defence"],
              stance=0),
        actor("Russia's embassy in Pretoria", "government", affiliation="Russia",
              aliases=["Russia's embassy in Pretoria", "embassy"], stance=1),
        actor("Ilya Vorontsov", "person", title="Russian ambassador to South Africa", affiliation="Russia",
              aliases=["Ilya Vorontsov", "Vorontsov"], stance=1),
        actor("Refilwe Moagi", "person", title="SANDF spokesperson", affiliation="South African National Defence Force",
              aliases=["Refilwe Moagi", "Captain Refilwe Moagi", "Moagi"], stance=1),
        actor("Democratic Alliance", "organisation", title="opposition party",
              aliases=["Democratic Alliance", "DA"], stance=-1),
        actor("Kobus Stander", "person", title="defence spokesperson", affiliation="Democratic Alliance",
              aliases=["Kobus Stander", "Stander"], stance=-1),
        actor("Zama Khumalo", "person", title="spokesperson",
              affiliation="Department of International Relations and Cooperation",
              aliases=["Zama Khumalo", "Khumalo"], stance=0),
        actor("Priyanka Naidoo", "person", title="maritime security researcher",
              affiliation="Institute for Security Studies", aliases=["Priyanka Naidoo", "Naidoo"], stance=0),
        actor("Innocent Jacobs", "person", title="fisherman", aliases=["Innocent Jacobs", "Jacobs"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Seattle Times transportation (a ferry route cut to one boat), headline and standfirst (reported speech
#    without quote marks, not annotated), byline, "Seattle Times staff reporter" and "Dec. 2, 2026 at 6:00 am |
#    Updated ..." lines, curly double quotes and apostrophes, American punctuation inside closing marks, closing
#    e-mail line. Lede content before ", the agency said Tuesday"; content before ", according to WSF figures";
#    WSF chief "told reporters A, and that repairs would take "..."" (indirect plus partial); scare so-called
#    "Jumbo Mark II" ferries; quote split by "Ames said"; Q&A "Asked why ..., Ames replied: "...""; "The agency
#    has blamed its troubles on ..." (act), "and says A" (indirect); "Riders are less forgiving." (no speech);
#    nurse "said A", quote with "Summers said" (quoting an imagined "This is on us" inside), then a
#    two-paragraph quote (open paragraph, closed paragraph); state senator "called the cut "..." and said B"
#    (partial plus indirect), quote split by "Oyelaran said"; governor's spokesperson "said the governor had
#    directed ... to look at leasing ..." (reported content, not a directive); union "has been raising the
#    alarm" (no content), its regional director "said in an email that the union had warned ... "...""
#    (partial only); retiree with a surname that is a word (Bishop) "took a longer view" (no speech), then "he
#    said".
ARTICLES["data/eval/dev76/wsf-bainbridge-sailings-cut.gold.json"] = {
    "article": "data/eval/dev76/wsf-bainbridge-sailings-cut.txt",
    "target": "Washington State Ferries",
    "quotes": [
        (I, "Washington State Ferries", "Washington State Ferries will operate a single boat on the Seattle-Bainbridge "
            "Island route from Monday until at least mid-January, after one of its two assigned vessels failed an "
            "engine inspection and no spare was available", None),
        (I, "Washington State Ferries", "The route carried more than 5 million riders last year", None),
        (I, "Gregory Ames", "the Wenatchee had been taken out of service after inspectors found cracks in a cylinder "
            "liner", None),
        (P, "Gregory Ames", "a minimum of six weeks.", None),
        (S, None, "Jumbo Mark II", None),
        (D, "Gregory Ames", "I know what this means for people who rely on this boat to get to work, to get to school, "
            "to get to the hospital,", None),
        (D, "Gregory Ames", "I\u2019m not going to stand here and tell you it\u2019s fine. It isn\u2019t.", None),
        (D, "Gregory Ames", "Because we have been running a 21-boat service with 18 boats. That is not a secret.", None),
        (I, "Washington State Ferries", "it has spent years warning lawmakers that the fleet could not be stretched "
            "much further", None),
        (I, "June Summers", "she had already missed the start of two shifts this fall because of cancellations", None),
        (D, "June Summers", "They keep telling us it\u2019s the boats, it\u2019s the crews, it\u2019s the Legislature. "
            "At some point somebody at WSF has to say: This is on us,", None),
        (D, "June Summers", "I love living on the island. But I\u2019m starting to look at apartments in Seattle, and "
            "I\u2019m not the only one.", None),
        (D, "June Summers", "My neighbor has already moved.", None),
        (P, "Marcus Oyelaran", "a failure years in the making", None),
        (I, "Marcus Oyelaran", "he would ask the Senate transportation committee to hold a hearing in January", None),
        (D, "Marcus Oyelaran", "WSF has known for a decade that this day was coming,", None),
        (D, "Marcus Oyelaran", "Nobody can say they were surprised.", None),
        (I, "spokesperson for Gov. Rebecca Lindqvist", "the governor had directed the Department of Transportation to "
            "look at leasing a passenger-only vessel from King County\u2019s water taxi fleet to carry walk-on riders "
            "during the shortfall", None),
        (P, "Alana Pakootas", "over and over again.", None),
        (D, "Walt Bishop", "Blame Olympia, not the folks on the boat,", None),
    ],
    "actors": [
        actor("Washington State Ferries", "organisation", title="state ferry system",
              affiliation="Washington State Department of Transportation",
              aliases=["Washington State Ferries", "WSF", "agency"], stance=1),
        actor("Gregory Ames", "person", title="WSF chief", affiliation="Washington State Ferries",
              aliases=["Gregory Ames", "Ames"], stance=1),
        actor("June Summers", "person", title="nurse and commuter", aliases=["June Summers", "Summers"], stance=-1),
        actor("Marcus Oyelaran", "person", title="state senator", affiliation="Democrat, Bainbridge Island",
              aliases=["Marcus Oyelaran", "Sen. Marcus Oyelaran", "Oyelaran"], stance=-1),
        actor("spokesperson for Gov. Rebecca Lindqvist", "person", title="governor's spokesperson",
              affiliation="Office of the Governor of Washington",
              aliases=["spokesperson for Gov. Rebecca Lindqvist"], stance=0),
        actor("Alana Pakootas", "person", title="regional director", affiliation="Inlandboatmen\u2019s Union of the Pacific",
              aliases=["Alana Pakootas", "Pakootas"], stance=-1),
        actor("Walt Bishop", "person", title="retired Boeing machinist", aliases=["Walt Bishop", "Bishop"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Church Times (UK) religion (a bishop's plan to close 30 churches), headline with a curly single fragment
#    "Bishop of Truro defends ‘painful’ plan ...", standfirst with reported speech but no quote marks, "by
#    NAME" and "04 December 2026" lines, lede opening in capitals (THE Bishop of Truro), curly double quotes in
#    the body and ’ apostrophes, British punctuation outside fragments, Church of England titles (the Rt Revd
#    Dr, the Ven., Archdeacon, churchwarden, incumbent). "describing them as "..."" (partial); "Addressing the
#    diocesan synod ..., Dr Trelawny said that A, and that B" (one span); quote split by "he said"; scare
#    so-called "minster model"; Archdeacon "said that no church would close without a "..." with ..." (partial
#    only), "she said"; campaign group "said that the plan was "..."" (partial); co-ordinator "said that A",
#    "Mrs Hocking said"; a churchwarden sharing the Archdeacon's surname ("Tom Penrose, no relation to the
#    Archdeacon"), "He said that A", "Mr Penrose said"; anonymous incumbent "said that A but that B" (one span);
#    Church Commissioners "said in a statement that A, and that it would be "..." for ..." (indirect plus
#    partial); Q&A "Asked after the vote whether ..., Dr Trelawny replied: "..."".
ARTICLES["data/eval/dev76/truro-church-closures-bishop.gold.json"] = {
    "article": "data/eval/dev76/truro-church-closures-bishop.txt",
    "target": "Mark Trelawny",
    "quotes": [
        (P, "Mark Trelawny", "painful", "\u2018painful\u2019 plan"),
        (P, "Mark Trelawny", "painful but necessary", None),
        (I, "Mark Trelawny", "the diocese was spending \u00a31.2 million a year more than it received, and that its "
            "reserves would be exhausted by 2029", None),
        (D, "Mark Trelawny", "I did not come to Cornwall to close churches. Nobody is ordained to do that,", None),
        (D, "Mark Trelawny", "But I would be failing in my duty if I handed my successor a diocese that could not pay "
            "its clergy.", None),
        (S, None, "minster model", None),
        (P, "Ruth Penrose", "proper conversation", None),
        (D, "Ruth Penrose", "Some of these buildings will find new life as community spaces, and a few will be cared "
            "for by the Churches Conservation Trust. Closure is not the end of the story,", None),
        (P, "Save the Parish", "managed decline dressed up as mission", None),
        (I, "Jenifer Hocking", "rural congregations were being asked to pay for decisions made in Truro", None),
        (D, "Jenifer Hocking", "Our parishes have sent their share to the diocese for years, and now the diocese wants "
            "the buildings as well. People feel robbed,", None),
        (I, "Tom Penrose", "the congregation of 11 had raised \u00a340,000 to repair the roof in 2023", None),
        (D, "Tom Penrose", "We were told then that if we fixed the roof, we\u2019d be safe. Nobody is saying that now,",
            None),
        (I, "incumbent in west Cornwall", "morale among clergy was low but that most of them accepted the Bishop\u2019s "
            "figures", None),
        (I, "Church Commissioners", "the diocese had received \u00a33.4 million in national investment funding since "
            "2022", None),
        (P, "Church Commissioners", "eligible to apply", None),
        (D, "Mark Trelawny", "No. I would try something else.", None),
    ],
    "actors": [
        actor("Mark Trelawny", "person", title="Bishop of Truro", affiliation="Church of England",
              aliases=["Mark Trelawny", "Dr Mark Trelawny", "Dr Trelawny", "Trelawny", "Bishop of Truro",
                       "the Bishop"], stance=1),
        actor("Ruth Penrose", "person", title="Archdeacon of Cornwall", affiliation="Diocese of Truro",
              aliases=["Ruth Penrose", "Archdeacon of Cornwall", "the Archdeacon"], stance=1),
        actor("Save the Parish", "organisation", title="campaign group", aliases=["Save the Parish"], stance=-1),
        actor("Jenifer Hocking", "person", title="Cornwall co-ordinator", affiliation="Save the Parish",
              aliases=["Jenifer Hocking", "Mrs Hocking", "Hocking"], stance=-1),
        actor("Tom Penrose", "person", title="churchwarden", affiliation="St Kea\u2019s, Trevose",
              aliases=["Tom Penrose", "Mr Penrose"], stance=-1),
        actor("incumbent in west Cornwall", "person", title="incumbent (anonymous)", affiliation="Diocese of Truro",
              aliases=["incumbent in west Cornwall"], stance=0),
        actor("Church Commissioners", "organisation", affiliation="Church of England",
              aliases=["Church Commissioners"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Vanguard (Nigeria) business/consumer (an electricity distribution company moves feeders to the top
#    tariff band), headline without speech, "On 3 December 2026 | 5:42 am | In News" and "By NAME" lines, lede
#    opening in capitals (RESIDENTS), straight " and apostrophes, Nigerian titles (Mrs., Chief, Engr., Hon.,
#    Dr.), naira amounts (N38,000), names that are common words (Sunday, Blessing). Content before ", a
#    statement by the company said"; "In the statement signed by its Head, Corporate Communications, Mrs.
#    Adaeze Okonkwo, the company said the affected customers had enjoyed "..."" (partial only; the company, not
#    Okonkwo), then "the statement added"; protesters "insisted that A"; chairman "Chief Sunday Adebayo, said
#    A", "Adebayo said"; trader "said: "..." open, then a closed paragraph; "Vanguard gathered that" (the
#    outlet, not annotated); CTO "dismissed the residents' claims as "..."" (partial), "He said A and that B"
#    (one span), "he said"; regulator "said A and would B" (one span), "According to NERC, A, and B" (one
#    span); lawmaker "called the reclassification "..." and said B" (partial plus indirect); analyst "said A",
#    "she said"; scare so-called "crazy bills".
ARTICLES["data/eval/dev76/lagos-coast-disco-band-a-lekki.gold.json"] = {
    "article": "data/eval/dev76/lagos-coast-disco-band-a-lekki.txt",
    "target": "Lagos Coast Electricity Distribution Plc",
    "quotes": [
        (I, "Lagos Coast Electricity Distribution Plc", "Lagos Coast Electricity Distribution Plc moved 14 feeders "
            "serving about 38,000 customers in the Lekki axis to Band A on November 25", None),
        (P, "Lagos Coast Electricity Distribution Plc", "an average of 20 hours of supply daily", None),
        (D, "Lagos Coast Electricity Distribution Plc", "The reclassification is in line with the Multi-Year Tariff "
            "Order and the extant directives of the regulator. We urge our esteemed customers to bear with us and to "
            "pay their bills promptly,", None),
        (I, "protesters", "the figures were false", None),
        (I, "Sunday Adebayo", "supply in his estate had never exceeded 12 hours a day since the rainy season", None),
        (D, "Sunday Adebayo", "They moved us to Band A on paper. In reality, we are in Band D. I run my generator every "
            "night,", None),
        (D, "Blessing Okafor", "My bill went from N38,000 to N71,000 in one month.", None),
        (D, "Blessing Okafor", "How do they expect us to survive? Nobody from the company has come here to explain "
            "anything to us.", None),
        (P, "Olumide Fashola", "anecdotal", None),
        (I, "Olumide Fashola", "the feeders were monitored remotely and that supply data were shared with the regulator "
            "every week", None),
        (D, "Olumide Fashola", "Our meters do not lie. If any customer can show us that he is not getting 20 hours, we "
            "will look at it,", None),
        (I, "Nigerian Electricity Regulatory Commission", "it had received complaints from the area and would audit the "
            "14 feeders within two weeks", None),
        (I, "Nigerian Electricity Regulatory Commission", "customers on Band A feeders must receive a minimum of 20 "
            "hours of supply daily, and a distribution company that fails to meet the threshold for seven consecutive "
            "days must downgrade the feeder", None),
        (P, "Tunde Olowu", "daylight robbery", None),
        (I, "Tunde Olowu", "he would raise the matter on the floor of the House of Representatives next week", None),
        (I, "Ngozi Ejike", "the problem was not peculiar to Lagos Coast", None),
        (D, "Ngozi Ejike", "The band system was meant to reward good supply. Without accurate metering, it has become a "
            "tool for raising revenue, and customers know it,", None),
        (S, None, "crazy bills", None),
    ],
    "actors": [
        actor("Lagos Coast Electricity Distribution Plc", "organisation", title="electricity distribution company",
              aliases=["Lagos Coast Electricity Distribution Plc", "Lagos Coast", "the company"],
              stance=1),
        actor("protesters", "group", title="Lekki residents", aliases=["protesters"], stance=-1),
        actor("Sunday Adebayo", "person", title="Chairman", affiliation="Ajiran Residents Association",
              aliases=["Sunday Adebayo", "Chief Sunday Adebayo", "Adebayo"], stance=-1),
        actor("Blessing Okafor", "person", title="trader", affiliation="Osapa market",
              aliases=["Blessing Okafor", "Mrs. Blessing Okafor", "Okafor"], stance=-1),
        actor("Olumide Fashola", "person", title="Chief Technical Officer",
              affiliation="Lagos Coast Electricity Distribution Plc",
              aliases=["Olumide Fashola", "Engr. Olumide Fashola", "Fashola"], stance=1),
        actor("Nigerian Electricity Regulatory Commission", "government", title="electricity regulator",
              affiliation="Nigeria", aliases=["Nigerian Electricity Regulatory Commission", "NERC"], stance=0),
        actor("Tunde Olowu", "person", title="member, House of Representatives (Eti-Osa Federal Constituency)",
              aliases=["Tunde Olowu", "Hon. Tunde Olowu", "Olowu"], stance=-1),
        actor("Ngozi Ejike", "person", title="energy analyst", affiliation="Centre for Energy Policy",
              aliases=["Ngozi Ejike", "Dr. Ngozi Ejike", "Ejike"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
