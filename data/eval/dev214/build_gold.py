"""Build the dev214 gold files (data/eval/dev214/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev209/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev214/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev214.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev214"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Chronicle Live (Newcastle, UK local news) local government (the council plans to close five branch
#    libraries), headline without quote marks, byline with "Local Democracy Reporting Service", "09:00, 4 DEC
#    2026" line, straight " and apostrophes, "£38m", "Coun"; lede "campaigners have branded "..."" (partial for
#    the group "campaigners"); council "says A and that B" (present tense, one span); content before "according
#    to the council"; cabinet member "said the authority had been left with "..."" (partial only), quote split by
#    "she said", "She said A and that B"; campaign "said A"; spokeswoman "said: "..." open at the end of its line,
#    then a closed paragraph; opposition leader "accused Labour of "..." and said B" (partial plus indirect), "he
#    told the Chronicle"; parent "said A", "he said"; scare so-called "community hub" model; union "said A and
#    warned B" (two indirects); spokesman "said A and urged ..." (the directive not annotated).
ARTICLES[f"{BATCH}/newcastle-library-closures.gold.json"] = {
    "article": f"{BATCH}/newcastle-library-closures.txt",
    "target": "Newcastle City Council",
    "quotes": [
        (P, "campaigners", "cultural vandalism", None),
        (I, "Newcastle City Council", "it must find £38m of savings over the next three years and that the libraries "
            "in Fenham, Walker, Blakelaw, Denton and Jesmond are among the least used in the city", None),
        (I, "Newcastle City Council", "The proposals, published on Wednesday ahead of a cabinet meeting next week, "
            "would save around £2m a year", None),
        (P, "Paula Rennison", "no good options", None),
        (D, "Paula Rennison", "Nobody went into politics to close libraries,", None),
        (D, "Paula Rennison", "But every pound we keep in a building that hardly anyone visits is a pound we cannot "
            "spend on children's social care or on keeping older people safe in their homes.", None),
        (I, "Paula Rennison", "the council would work with community groups that wanted to take over the buildings "
            "and that the city's mobile library service would be expanded", None),
        (I, "Save Newcastle Libraries", "more than 3,000 people had signed its petition within 24 hours", None),
        (D, "Jo Pattinson", "Walker library is the only warm, free place in the ward where you can use a computer "
            "without buying a coffee. The council talks about footfall, but footfall doesn't tell you who is sitting "
            "in there.", None),
        (D, "Jo Pattinson", "Half the people I see in there on a Tuesday morning are filling in job applications or "
            "Universal Credit forms. Where are they supposed to go?", None),
        (P, "Aidan Harrop", "hiding behind Westminster", None),
        (I, "Aidan Harrop", "the closures would hit some of the city's poorest wards hardest", None),
        (D, "Aidan Harrop", "Labour has had two years to come up with a proper plan for the library service and this "
            "is it: shut the doors and hope nobody notices,", None),
        (I, "Michael Oduya", "the family had only found out about the proposals on Facebook", None),
        (D, "Michael Oduya", "They're four and six. That library is where they learned to love books,", None),
        (S, None, "community hub", None),
        (I, "Unison", "31 posts would be at risk", None),
        (I, "Unison", "it would consider industrial action if any compulsory redundancies were made", None),
        (I, "council spokesman", "no final decision had been taken", None),
    ],
    "actors": [
        actor("campaigners", "group", title="library campaigners", affiliation=None, aliases=["campaigners"],
              stance=-1),
        actor("Newcastle City Council", "government", title="city council", affiliation="Newcastle upon Tyne",
              aliases=["Newcastle City Council", "the council"], stance=1),
        actor("Paula Rennison", "person", title="cabinet member for communities", affiliation="Newcastle City Council",
              aliases=["Paula Rennison", "Rennison", "Coun Paula Rennison"], stance=1),
        actor("Save Newcastle Libraries", "organisation", title="campaign group", affiliation=None,
              aliases=["Save Newcastle Libraries"], stance=-1),
        actor("Jo Pattinson", "person", title="campaign spokeswoman, retired teacher from Walker",
              affiliation="Save Newcastle Libraries", aliases=["Jo Pattinson", "Pattinson"], stance=-1),
        actor("Aidan Harrop", "person", title="leader of the Liberal Democrat opposition group",
              affiliation="Liberal Democrats", aliases=["Aidan Harrop", "Harrop", "Coun Aidan Harrop"], stance=-1),
        actor("Michael Oduya", "person", title="Fenham parent, 41", affiliation=None,
              aliases=["Michael Oduya", "Oduya"], stance=-1),
        actor("Unison", "organisation", title="union (Newcastle branch)", affiliation=None, aliases=["Unison"],
              stance=-1),
        actor("council spokesman", "person", title="spokesman", affiliation="Newcastle City Council",
              aliases=["council spokesman"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. BenarNews (Malaysia) labour (Nepali workers allege unpaid overtime and seized passports at a glove factory),
#    headline without quote marks, dateline and date lines "Kuala Lumpur" / "2026.12.03", two-name byline, curly
#    “ ” and ’, US spelling; lede content before "the human resources ministry said Wednesday" (the workers'
#    "alleged" inside the ministry's span); content before "a ministry official told BenarNews, speaking on
#    condition of anonymity ...", then "the official said"; worker named by first name only ("asked that only his
#    first name, Bikash, be used"), "said A", quote split by "he told BenarNews by phone", "Bikash said A";
#    company "said in a statement that it was “...” with the ministry and that any delay ... had been caused by
#    “...”" (two partials, no indirect), "The company said the passports had been kept “...”" (partial only);
#    scare so-called “zero-cost recruitment” policy; researcher named after her quote, "She said A"; embassy
#    "said A and had asked ..." (one span); "According to the ... Association, A"; "barred imports" (no speech);
#    "The ministry said in its statement that A".
ARTICLES[f"{BATCH}/klang-glove-factory-nepali-workers.gold.json"] = {
    "article": f"{BATCH}/klang-glove-factory-nepali-workers.txt",
    "target": "Permata Gloves",
    "quotes": [
        (I, "human resources ministry", "Malaysian authorities have opened an investigation into Permata Gloves Bhd "
            "after more than 200 Nepali workers at its factory in Klang alleged they had not been paid overtime for "
            "months and that supervisors kept their passports", None),
        (I, "ministry official", "Labor inspectors visited the factory on Monday after the workers staged a sit-in in "
            "the canteen", None),
        (D, "ministry official", "We found the passports of 64 workers in a locked cabinet in the administration "
            "office. That alone is an offense under the Passports Act,", None),
        (I, "Bikash", "he had worked 12-hour shifts six days a week since March", None),
        (D, "Bikash", "They told us overtime would come with the next salary. Then the next one. Now it is December,",
            None),
        (D, "Bikash", "I paid 450,000 rupees to an agent in Kathmandu to come here. I cannot go home with nothing.",
            None),
        (P, "Permata Gloves", "cooperating fully", None),
        (P, "Permata Gloves", "a payroll system migration.", None),
        (P, "Permata Gloves", "for safekeeping at the workers’ own request.", None),
        (S, None, "zero-cost recruitment", None),
        (I, "Bikash", "nobody at the factory had ever mentioned it", None),
        (D, "Lena Sathasivam", "Every year a glove company promises reform, and every year we find the same passports "
            "in the same drawers,", None),
        (I, "Lena Sathasivam", "buyers in Europe and the United States should suspend orders from the company until the "
            "workers were paid in full", None),
        (I, "Nepali embassy in Kuala Lumpur", "it was in contact with the workers and had asked Malaysian authorities "
            "to ensure that none of them was deported while the investigation continued", None),
        (I, "Malaysian Rubber Glove Manufacturers Association", "the country produced about 60 percent of the world’s "
            "rubber gloves in 2025, though demand has fallen sharply since the pandemic", None),
        (I, "human resources ministry", "employers found to have withheld workers’ passports could face fines of up to "
            "100,000 ringgit (U.S. $22,400) for each offense", None),
    ],
    "actors": [
        actor("human resources ministry", "government", title="human resources ministry", affiliation="Malaysia",
              aliases=["human resources ministry", "The ministry"], stance=0),
        actor("ministry official", "person", title="human resources ministry official (anonymous)",
              affiliation="human resources ministry", aliases=["ministry official", "the official"], stance=-1),
        actor("Bikash", "person", title="Nepali factory worker, 29, from Jhapa district", affiliation=None,
              aliases=["Bikash"], stance=-1),
        actor("Permata Gloves", "organisation", title="glove maker", affiliation=None,
              aliases=["Permata Gloves", "Permata Gloves Bhd", "The company"], stance=1),
        actor("Lena Sathasivam", "person", title="researcher", affiliation="Tenaganita",
              aliases=["Lena Sathasivam", "Sathasivam"], stance=-1),
        actor("Nepali embassy in Kuala Lumpur", "government", title="embassy", affiliation="Nepal",
              aliases=["Nepali embassy in Kuala Lumpur"], stance=None),
        actor("Malaysian Rubber Glove Manufacturers Association", "organisation", title="industry association",
              affiliation="Malaysia", aliases=["Malaysian Rubber Glove Manufacturers Association"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. LiveLaw (India, legal news) courts (the Bombay High Court hears a PIL over pothole deaths), headline with a
#    straight single-quoted fragment 'Death Traps' (partial for the Bombay High Court, which the headline names),
#    byline and "4 Dec 2026 10:15 AM" lines, straight " and apostrophes, "Rs 2,000 crore", "Case Title:" and "Case
#    No.:" lines; lede "observing that the city's roads had become "..."" (partial, the court); "Chief Justice Rane
#    orally remarked", "she added"; counsel "submitted that A and that B" (one span), "He argued that A"; "The
#    bench, however, was not persuaded." (no speech), then a quote with "Justice Kothari said"; petitioner's
#    counsel "told the Court that A, but that its own audit showed the repairs lasted "..."" (indirect plus partial
#    only); "She sought compensation ..." (act); government pleader "said A"; "The Court directed ..." (directive);
#    "the bench said in its order"; scare so-called "zero pothole" drive; petitioner "said A", quote with
#    "Kulkarni said"; corporation "said it "..." ... and that it would B" (partial plus indirect).
ARTICLES[f"{BATCH}/mumbai-pothole-deaths-high-court.gold.json"] = {
    "article": f"{BATCH}/mumbai-pothole-deaths-high-court.txt",
    "target": "Brihanmumbai Municipal Corporation",
    "quotes": [
        (P, "Bombay High Court", "Death Traps", None),
        (P, "Bombay High Court", "death traps", None),
        (D, "Devika Rane", "Every year the same affidavit comes before us. Every year the same promise is made. And "
            "every year people die,", None),
        (D, "Devika Rane", "We are not engineers, but we can count,", None),
        (I, "Anil Deshmane", "the corporation had filled more than 42,000 potholes since June and that concrete roads "
            "covering 60 percent of the city's network would be completed by 2028", None),
        (I, "Anil Deshmane", "several of the accidents had occurred on roads maintained by other agencies, including "
            "the Mumbai Metropolitan Region Development Authority (MMRDA) and the Public Works Department", None),
        (D, "Arvind Kothari", "Citizens do not care whose road it is. For the person lying on the road, it is the city "
            "that has failed,", None),
        (I, "Farah Merchant", "the BMC had spent over Rs 2,000 crore on pothole repairs in five years", None),
        (P, "Farah Merchant", "an average of 23 days.", None),
        (I, "Sunil Bhonsle", "a committee headed by the Principal Secretary (Urban Development) had been formed to fix "
            "responsibility for the accidents", None),
        (D, "Bombay High Court", "If the affidavit does not satisfy us, the Commissioner will have to appear in person,",
            None),
        (S, None, "zero pothole", None),
        (I, "Ramesh Kulkarni", "he had filed the PIL after his nephew was thrown from his scooter on the Western Express "
            "Highway in July", None),
        (D, "Ramesh Kulkarni", "He survived. Two of the men who fell in the same pothole that week did not,", None),
        (P, "Brihanmumbai Municipal Corporation", "respects the observations", None),
        (I, "Brihanmumbai Municipal Corporation", "it would place all the data before the Court at the next hearing",
            None),
    ],
    "actors": [
        actor("Bombay High Court", "organisation", title="high court (division bench)", affiliation="India",
              aliases=["Bombay High Court", "the bench", "the Court", "High Court"], stance=-1),
        actor("Devika Rane", "person", title="Chief Justice", affiliation="Bombay High Court",
              aliases=["Devika Rane", "Rane", "Chief Justice Rane"], stance=-1),
        actor("Anil Deshmane", "person", title="Senior Advocate for the BMC", affiliation="Brihanmumbai Municipal "
              "Corporation", aliases=["Anil Deshmane", "Deshmane"], stance=1),
        actor("Arvind Kothari", "person", title="Justice", affiliation="Bombay High Court",
              aliases=["Arvind Kothari", "Kothari", "Justice Kothari"], stance=-1),
        actor("Farah Merchant", "person", title="Advocate for the petitioner", affiliation=None,
              aliases=["Farah Merchant", "Merchant"], stance=-1),
        actor("Sunil Bhonsle", "person", title="Additional Government Pleader", affiliation="State of Maharashtra",
              aliases=["Sunil Bhonsle", "Bhonsle"], stance=0),
        actor("Ramesh Kulkarni", "person", title="petitioner, Dadar-based civil engineer", affiliation=None,
              aliases=["Ramesh Kulkarni", "Kulkarni"], stance=-1),
        actor("Brihanmumbai Municipal Corporation", "government", title="municipal corporation", affiliation="Mumbai",
              aliases=["Brihanmumbai Municipal Corporation", "BMC", "the corporation"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. SciDev.Net (Sub-Saharan Africa desk) science/agriculture (Uganda approves the field release of a GM banana),
#    headline without speech, byline, bracketed dateline "[KAMPALA]", curly “ ” and ’, British spelling, "per
#    cent", closing desk line; content before "according to the National Agricultural Research Organisation
#    (NARO), which developed it"; lead scientist's quote split by "said Julius Ssempala, who led ...", the second
#    stretch open at the end of its line, then a closed paragraph (three directs); committee "said in its decision
#    that A and would B" (one span); scare so-called “GMO law” (glossed); alliance "called the decision “...” and
#    said B" (partial plus indirect); coordinator "told SciDev.Net: “...”"; "Ssempala said A and that B";
#    fragment before the cue "Drought tolerance is a “...”, cautioned Amina Olutola, ..." (partial only), "she
#    said"; ministry "said A"; group "Farmers in Isingiro district, ..., said A".
ARTICLES[f"{BATCH}/uganda-gm-banana-field-release.gold.json"] = {
    "article": f"{BATCH}/uganda-gm-banana-field-release.txt",
    "target": "National Agricultural Research Organisation",
    "quotes": [
        (I, "National Agricultural Research Organisation", "The variety yielded 40 per cent more fruit than conventional "
            "matooke under drought conditions at the trial sites", None),
        (D, "Julius Ssempala", "Farmers in the cattle corridor lost almost half their banana harvest in the 2024 "
            "drought,", None),
        (D, "Julius Ssempala", "This variety keeps its leaves green for up to six weeks longer without rain.", None),
        (D, "Julius Ssempala", "We are not asking anyone to take it on faith. We will publish every result from the "
            "field, good or bad.", None),
        (I, "National Biosafety Committee", "the release was limited to four districts and would be monitored for gene "
            "flow to wild and cultivated relatives for three seasons", None),
        (S, None, "GMO law", None),
        (P, "Alliance for Food Sovereignty in Africa", "a gift to seed patents, not to farmers", None),
        (I, "Alliance for Food Sovereignty in Africa", "smallholders would lose control over their own planting "
            "material", None),
        (D, "Grace Namara", "Our farmers share suckers with their neighbours. Nobody has explained who owns a sucker from "
            "a patented plant.", None),
        (I, "Julius Ssempala", "NARO held the rights to the variety on behalf of the government and that suckers would "
            "be distributed free through district agricultural officers", None),
        (P, "Amina Olutola", "complex, multi-gene trait", None),
        (D, "Amina Olutola", "Confined trials are encouraging, but a field in a bad year is the real test. I would want "
            "to see at least three seasons of data before anyone talks about a national roll-out,", None),
        (I, "Ministry of Agriculture, Animal Industry and Fisheries", "the first suckers would reach farmers in time for "
            "the March planting season", None),
        (I, "Farmers in Isingiro district", "they would try the new banana if it tasted like the matooke they already "
            "grow", None),
    ],
    "actors": [
        actor("National Agricultural Research Organisation", "government", title="national agricultural research "
              "organisation", affiliation="Uganda", aliases=["National Agricultural Research Organisation", "NARO"],
              stance=1),
        actor("Julius Ssempala", "person", title="research team leader, Kawanda station",
              affiliation="National Agricultural Research Organisation", aliases=["Julius Ssempala", "Ssempala"],
              stance=1),
        actor("National Biosafety Committee", "government", title="biosafety regulator", affiliation="Uganda",
              aliases=["National Biosafety Committee"], stance=0),
        actor("Alliance for Food Sovereignty in Africa", "organisation", title="food sovereignty alliance",
              affiliation=None, aliases=["Alliance for Food Sovereignty in Africa", "AFSA"], stance=-1),
        actor("Grace Namara", "person", title="Uganda coordinator", affiliation="Alliance for Food Sovereignty in Africa",
              aliases=["Grace Namara", "Namara"], stance=-1),
        actor("Amina Olutola", "person", title="plant geneticist", affiliation="University of Ibadan",
              aliases=["Amina Olutola", "Olutola"], stance=0),
        actor("Ministry of Agriculture, Animal Industry and Fisheries", "government", title="agriculture ministry",
              affiliation="Uganda", aliases=["Ministry of Agriculture, Animal Industry and Fisheries"], stance=1),
        actor("Farmers in Isingiro district", "group", title="farmers", affiliation=None,
              aliases=["Farmers in Isingiro district"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
