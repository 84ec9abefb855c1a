"""Build the test127 gold files (data/eval/test127/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, write_all) of
data/eval/build_gold.py and data/eval/write_gold.py: each quote is given by its exact text and, when
that text occurs more than once, by an anchor (a string occurring exactly once in the article) from
whose start the text is searched. Run from anywhere:  python3 data/eval/test127/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test127.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test127"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. UzDaily (Uzbekistan-Russia consultations on Russia's new migrant registration rules).
ARTICLES[f"{BATCH}/uzbek-migrants-russia-registration-rules.gold.json"] = {
    "article": f"{BATCH}/uzbek-migrants-russia-registration-rules.txt",
    "target": "Russia",
    "quotes": [
        (I, "Agency for External Labour Migration", "Delegations of Uzbekistan and Russia held consultations in "
            "Tashkent on 3 December on the new procedure for the registration of foreign workers which Moscow plans "
            "to introduce from 1 March 2027", None),
        (I, "Agency for External Labour Migration", "more than 1.2 million citizens of Uzbekistan are currently "
            "working in the Russian Federation, most of them in Moscow, St Petersburg and the Moscow region", None),
        (P, "Andrei Kolesnikov", "not directed against any country", None),
        (I, "Andrei Kolesnikov", "they were intended to bring order to the labour market", None),
        (D, "Andrei Kolesnikov", "Russia is interested in Uzbek workers. Our construction sites, our transport and "
            "our housing services need them. But every person who comes to us must be registered and must know the "
            "basic rules of life in our country,", None),
        (I, "Andrei Kolesnikov", "about 40 percent of foreign citizens who took the language examination this year "
            "failed it at the first attempt", None),
        (I, "Ulugbek Nurmatov", "the Uzbek side had asked for a transition period of at least one year for workers "
            "who already hold valid patents", None),
        (D, "Ulugbek Nurmatov", "We respect the right of the Russian Federation to regulate migration on its "
            "territory. At the same time, our citizens should not lose their jobs because an examination centre is "
            "overloaded or a database does not work,", None),
        (I, "Ulugbek Nurmatov", "the agency would open free Russian language courses in all regions of Uzbekistan "
            "from January", None),
        (S, None, "pre-departure", None),
        (P, "Russian Embassy in Tashkent", "in a constructive and friendly atmosphere", None),
        (I, "Russian Embassy in Tashkent", "the next round would be held in Moscow in February", None),
        (I, "Dilnoza Rahimova", "money transfers from Russia last year were equivalent to about 11 percent of "
            "Uzbekistan's gross domestic product", None),
        (D, "Dilnoza Rahimova", "The rules are written for the convenience of the Russian police, not for the "
            "workers. If they push people into the shadow economy, both countries lose. People will still go, but "
            "they will go without papers,", None),
        (I, "Oybek Nurmatov", "he had already paid for the examination twice", None),
        (D, "Oybek Nurmatov", "The first time the centre was closed. The second time they told me my documents were "
            "wrong. Each time I lose a day's wages and pay again,", None),
        (I, "Agency for External Labour Migration", "citizens with questions about the new procedure could call its "
            "hotline at 1173 free of charge", None),
    ],
    "actors": [
        actor("Agency for External Labour Migration", "government",
              title="agency under the Ministry of Employment and Poverty Reduction", affiliation="Uzbekistan",
              aliases=["Agency for External Labour Migration"], stance=None),
        actor("Andrei Kolesnikov", "person",
              title="deputy head of the Main Directorate for Migration of the Ministry of Internal Affairs",
              affiliation="Russia", aliases=["Andrei Kolesnikov", "Kolesnikov"], stance=1),
        actor("Ulugbek Nurmatov", "person", title="director of the Agency for External Labour Migration",
              affiliation="Uzbekistan", aliases=["Ulugbek Nurmatov", "Nurmatov"], stance=0),
        actor("Russian Embassy in Tashkent", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Tashkent"], stance=1),
        actor("Dilnoza Rahimova", "person", title="economist", affiliation="Centre for Economic Research and Reforms",
              aliases=["Dilnoza Rahimova", "Rahimova"], stance=-1),
        actor("Oybek Nurmatov", "person", title="bricklayer working near Moscow",
              aliases=["Oybek Nurmatov"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Railway Age (the STB orders a regional railroad to file weekly service data).
ARTICLES[f"{BATCH}/stb-cascade-pacific-service-order.gold.json"] = {
    "article": f"{BATCH}/stb-cascade-pacific-service-order.txt",
    "target": "Cascade Pacific Railway",
    "quotes": [
        (I, "Inland Northwest Shippers Coalition", "Car-order fill rates on parts of the regional railroad's network "
            "fell below 60% in October", None),
        (D, "Robert Ostrander", "Reliable rail service is not optional for the farmers and mills that depend on this "
            "line,", None),
        (D, "Robert Ostrander", "The Board will be watching the data closely, and we expect to see improvement, not "
            "explanations.", None),
        (I, "Cascade Pacific Railway", "the October disruptions were caused largely by a washout on the Blue Mountain "
            "Subdivision that closed the line for nine days", None),
        (P, "Cascade Pacific Railway", "substantially recovered", None),
        (D, "Denise Marchetti", "We own the problems we had in October. We have added 14 crews on the Blue Mountain "
            "Sub, we have brought in leased locomotives, and our dwell at La Grande is down by about a third,", None),
        (D, "Denise Marchetti", "No. We will file the data, and I think the data will show a railroad that is getting "
            "better every week.", None),
        (P, "Wade Hollister", "tens of thousands of dollars", None),
        (D, "Wade Hollister", "It's not just October. We've been raising this with them since the spring, and nobody "
            "picked up the phone until we went to the Board,", None),
        (I, "Gus Wheat", "CPR's 2025 furloughs had left it unable to respond when traffic picked up", None),
        (D, "Gus Wheat", "The crews are there now, but they weren't there in October, because the company cut too "
            "deep,", None),
        (P, "One CPR dispatcher", "whoever was left.", None),
        (S, None, "network reset", None),
        (I, "Surface Transportation Board", "it could open a formal proceeding if the metrics did not improve by the "
            "end of the reporting period", None),
    ],
    "actors": [
        actor("Inland Northwest Shippers Coalition", "organisation", title="shippers' group",
              aliases=["Inland Northwest Shippers Coalition", "Coalition"], stance=-1),
        actor("Robert Ostrander", "person", title="STB Chairman", affiliation="Surface Transportation Board",
              aliases=["Robert Ostrander", "Ostrander"], stance=-1),
        actor("Cascade Pacific Railway", "organisation", title="regional railroad",
              aliases=["Cascade Pacific Railway", "CPR"], stance=1),
        actor("Denise Marchetti", "person", title="President and CEO", affiliation="Cascade Pacific Railway",
              aliases=["Denise Marchetti", "Marchetti"], stance=1),
        actor("Wade Hollister", "person", title="Coalition Executive Director",
              affiliation="Inland Northwest Shippers Coalition", aliases=["Wade Hollister", "Hollister"], stance=-1),
        actor("Gus Wheat", "person", title="Oregon state legislative director",
              affiliation="SMART Transportation Division", aliases=["Gus Wheat", "Wheat"], stance=-1),
        actor("One CPR dispatcher", "person", title="anonymous dispatcher", affiliation="Cascade Pacific Railway",
              aliases=["One CPR dispatcher"], stance=-1),
        actor("Surface Transportation Board", "government", title="federal rail regulator", affiliation="United States",
              aliases=["Surface Transportation Board", "STB", "Board"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Scarborough News (overnight seafront parking charges and the councillor behind them).
ARTICLES[f"{BATCH}/scarborough-seafront-parking-heather-moon.gold.json"] = {
    "article": f"{BATCH}/scarborough-seafront-parking-heather-moon.txt",
    "target": "Heather Moon",
    "quotes": [
        (I, "Heather Moon", "the charges were needed to tackle campervans parking for days at a time along the "
            "seafront and to pay for repairs to the sea wall car parks", None),
        (D, "Heather Moon", "Nobody on this council wants to put off visitors. But residents on Queen's Parade have "
            "told us for years that they cannot park outside their own homes from Easter to October.", None),
        (D, "Heather Moon", "What we are proposing is modest, it is fair, and every penny raised will go back into the "
            "seafront.", None),
        (S, None, "seasonal", None),
        (P, "Paul Fish", "without a single conversation", None),
        (D, "Paul Fish", "Cllr Moon says this is about residents, but it will be the cafés, the chippies and the "
            "amusements that pay for it when people decide to go to Whitby or Bridlington instead,", None),
        (I, "Paul Fish", "the association would ask the council to delay any decision until after next summer", None),
        (P, "Rob Broadbent", "a box-ticking exercise", None),
        (D, "Rob Broadbent", "The executive member has already made up her mind. The questions in the survey only let "
            "people say how much they want to pay, not whether they want to pay at all.", None),
        (P, "Margaret Lowther", "delighted", None),
        (D, "Margaret Lowther", "Some summers there are vans here for a fortnight, with generators running all night. "
            "Heather Moon is the first councillor who has actually listened to us,", None),
        (I, "One campervan owner", "many visitors would simply move to lay-bys outside the town", None),
        (I, "North Yorkshire Council spokesperson", "the consultation would close on 9 January and that all responses "
            "would be considered before a final decision was taken by the executive in February", None),
        (I, "North Yorkshire Council spokesperson", "blue badge holders would be exempt from the overnight charge",
            None),
        (I, "Heather Moon", "the sea wall car parks need about £1.2m of repairs over the next five years", None),
    ],
    "actors": [
        actor("Heather Moon", "person", title="executive member for highways and transportation",
              affiliation="North Yorkshire Council",
              aliases=["Heather Moon", "Cllr Heather Moon", "Cllr Moon", "Moon", "executive member"], stance=1),
        actor("Paul Fish", "person", title="chairman of the South Bay Traders Association",
              affiliation="South Bay Traders Association", aliases=["Paul Fish", "Mr Fish", "Fish"], stance=-1),
        actor("Rob Broadbent", "person", title="Liberal Democrat group leader", affiliation="Liberal Democrats",
              aliases=["Rob Broadbent", "Cllr Rob Broadbent", "Broadbent"], stance=-1),
        actor("Margaret Lowther", "person", title="Queen's Parade resident",
              aliases=["Margaret Lowther", "Lowther"], stance=1),
        actor("One campervan owner", "person", title="anonymous campervan owner",
              aliases=["One campervan owner"], stance=-1),
        actor("North Yorkshire Council spokesperson", "organisation", title="council spokesperson",
              affiliation="North Yorkshire Council", aliases=["North Yorkshire Council spokesperson"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Bismarck Tribune (a rural hospital ends labor and delivery services).
ARTICLES[f"{BATCH}/dickinson-hospital-labor-delivery-closure.gold.json"] = {
    "article": f"{BATCH}/dickinson-hospital-labor-delivery-closure.txt",
    "target": "Heart River Medical Center",
    "quotes": [
        (I, "Heart River Medical Center", "Heart River Medical Center in Dickinson will stop delivering babies on Feb. "
            "28, leaving expectant mothers in much of southwest North Dakota with a drive of 100 miles or more to the "
            "nearest labor and delivery unit", None),
        (I, "Heart River Medical Center", "it could no longer safely staff the unit around the clock after two of its "
            "four obstetricians gave notice this fall and a nationwide search for replacements produced no "
            "candidates", None),
        (D, "Mark Hoffelt", "This is one of the hardest decisions this hospital has ever made,", None),
        (D, "Mark Hoffelt", "We would rather make it now, in an orderly way, than have it made for us some night in "
            "the middle of a blizzard.", None),
        (I, "Mark Hoffelt", "the hospital had delivered 412 babies last year, down from about 600 a decade ago", None),
        (I, "Mark Hoffelt", "prenatal and postpartum care would continue in Dickinson and that emergency deliveries "
            "would still be handled in the emergency room", None),
        (D, "Mark Hoffelt", "We are not closing the door forever. But I can't promise anybody a date.", None),
        (I, "Oluwaseun Adeyemi", "she understood the decision but worried about winter travel", None),
        (D, "Oluwaseun Adeyemi", "Labor does not wait for the roads to be plowed,", None),
        (P, "Dale Kinnunen", "a gut punch", None),
        (I, "Dale Kinnunen", "he would ask the Legislature's interim health care committee to take up rural obstetric "
            "funding in January", None),
        (D, "Dale Kinnunen", "Heart River had years to see this coming. Families out here were told everything was "
            "fine right up until Thursday,", None),
        (I, "A labor and delivery nurse", "nurses learned of the decision in an email an hour before the news "
            "conference", None),
        (D, "A labor and delivery nurse", "Nobody asked us. We would have picked up extra shifts,", None),
        (I, "Kayla Vetter", "she now plans to deliver in Bismarck and will stay with her sister in the weeks before "
            "her due date", None),
        (D, "Kayla Vetter", "I have two kids at home and a husband who works in the oil field. I don't know how "
            "that's supposed to work,", None),
        (I, "University of North Dakota Center for Rural Health", "at least seven rural hospitals in North Dakota have "
            "stopped delivering babies since 2010", None),
        (I, "North Dakota Department of Health and Human Services", "the department had been notified of the closure "
            "and was working with the hospital and with emergency medical services in the region on transfer plans",
            None),
        (I, "Mark Hoffelt", "the hospital would add a second ambulance crew in Dickinson by March and would pay for "
            "lodging in Bismarck for high-risk patients who need to be near a delivery unit in the final weeks of "
            "pregnancy", None),
    ],
    "actors": [
        actor("Heart River Medical Center", "organisation", title="hospital", affiliation="Dickinson",
              aliases=["Heart River Medical Center", "Heart River"], stance=1),
        actor("Mark Hoffelt", "person", title="President and CEO", affiliation="Heart River Medical Center",
              aliases=["Mark Hoffelt", "Hoffelt"], stance=1),
        actor("Oluwaseun Adeyemi", "person", title="obstetrician", affiliation="Heart River Medical Center",
              aliases=["Oluwaseun Adeyemi", "Dr. Oluwaseun Adeyemi", "Adeyemi"], stance=0),
        actor("Dale Kinnunen", "person", title="State Sen., R-Dickinson", affiliation="North Dakota Legislature",
              aliases=["Dale Kinnunen", "Kinnunen"], stance=-1),
        actor("A labor and delivery nurse", "person", title="anonymous nurse", affiliation="Heart River Medical Center",
              aliases=["A labor and delivery nurse"], stance=-1),
        actor("Kayla Vetter", "person", title="expectant mother from Belfield", aliases=["Kayla Vetter", "Vetter"],
              stance=-1),
        actor("University of North Dakota Center for Rural Health", "organisation", title="research centre",
              aliases=["University of North Dakota Center for Rural Health"], stance=None),
        actor("North Dakota Department of Health and Human Services", "government", title="state health department",
              affiliation="North Dakota", aliases=["North Dakota Department of Health and Human Services"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
