"""Build the test169 gold files (data/eval/test169/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev225/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test169/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test169.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test169"

ARTICLES: dict[str, dict] = {}


# ---------------------------------------------------------------------------------------------
# 1. Dhaka Tribune (Bangladesh) education (an HSC exam is cancelled after a question leak), headline without speech,
#    "Tribune Desk" and "Published at ..." lines, straight double quotes, "lakh"; content before "the board said in a
#    notice"; chairman "told Dhaka Tribune that A", "he said", then a quote-only paragraph, "He said A and would B" (one
#    span); students and guardians "demanding that ..." (directive); guardian named after her quote (her quote reports
#    others: "Now they say ..."); group "Candidates at the protest said A and could not B" (one span); scare so-called
#    "question bank" model; adviser "said ... would not tolerate "..." and that B" (partial plus indirect); "According
#    to the Detective Branch (DB) of Dhaka Metropolitan Police, A"; researcher in an apposition "said A", "he said";
#    anonymous "A board official, speaking on condition of anonymity, said A"; closing content before "the board said".
ARTICLES[f"{BATCH}/dhaka-board-hsc-question-leak.gold.json"] = {
    "article": f"{BATCH}/dhaka-board-hsc-question-leak.txt",
    "target": "Dhaka Education Board",
    "quotes": [
        (I, "Dhaka Education Board", "The exam, taken by about 1.1 lakh candidates under the board, will be held again on "
            "May 9", None),
        (I, "Nurul Islam Khan", "a preliminary inquiry had found the questions were photographed at a printing centre in "
            "Tejgaon", None),
        (D, "Nurul Islam Khan", "Someone inside the system has betrayed lakhs of students. We will find that person, and "
            "there will be no mercy,", None),
        (D, "Nurul Islam Khan", "But I want to tell the students: do not lose heart. Your preparation is not wasted.",
            None),
        (I, "Nurul Islam Khan", "a three-member committee had been formed and would submit its report within seven "
            "working days", None),
        (D, "Shahana Parvin", "My daughter studied until 3am for this paper. Now they say come back in three weeks,",
            None),
        (I, "Candidates at the protest", "many of them had already planned coaching for the next papers and could not "
            "afford to study physics again", None),
        (S, None, "question bank", None),
        (P, "Farhana Rahman", "negligence at any level", None),
        (I, "Farhana Rahman", "officials found responsible would be suspended", None),
        (I, "Detective Branch (DB) of Dhaka Metropolitan Police", "two people, including an employee of the printing "
            "centre, were detained in Tejgaon on Tuesday night", None),
        (I, "Rashed Chowdhury", "the board had ignored repeated warnings about the security of its printing process",
            None),
        (D, "Rashed Chowdhury", "The board knows where its weak points are. It has known for ten years. Every time a "
            "paper leaks, it forms a committee, and the committee's report disappears,", None),
        (I, "board official", "the printing centre was run by a private contractor chosen by the education ministry, not "
            "by the board", None),
        (I, "Dhaka Education Board", "The remaining HSC exams will take place as scheduled", None),
    ],
    "actors": [
        actor("Dhaka Education Board", "government", title="education board", affiliation="Bangladesh",
              aliases=["Dhaka Education Board", "the board"], stance=0),
        actor("Nurul Islam Khan", "person", title="Board Chairman", affiliation="Dhaka Education Board",
              aliases=["Professor Nurul Islam Khan", "Nurul Islam Khan", "Khan"], stance=1),
        actor("Shahana Parvin", "person", title="guardian of a candidate", affiliation=None,
              aliases=["Shahana Parvin", "Parvin"], stance=-1),
        actor("Candidates at the protest", "group", title="HSC candidates", affiliation=None,
              aliases=["Candidates at the protest"], stance=-1),
        actor("Farhana Rahman", "person", title="Education Adviser", affiliation="Government of Bangladesh",
              aliases=["Dr Farhana Rahman", "Farhana Rahman", "Rahman"], stance=0),
        actor("Detective Branch (DB) of Dhaka Metropolitan Police", "government", title="police detective branch",
              affiliation="Dhaka Metropolitan Police", aliases=["Detective Branch (DB) of Dhaka Metropolitan Police",
              "Detective Branch", "DB"], stance=None),
        actor("Rashed Chowdhury", "person", title="education researcher", affiliation="BRAC University",
              aliases=["Rashed Chowdhury", "Chowdhury"], stance=-1),
        actor("board official", "person", title="official (anonymous)", affiliation="Dhaka Education Board",
              aliases=["board official"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Yle News (Finland) environment (the wildlife agency approves wolf cull permits in Lapland), headline and standfirst
#    without speech (the headline's "vow appeal" has no quote marks), curly “ ” and ’; agency "said on Thursday that A
#    and that B" (one span); head of game management named after his quote in an apposition; herder "told Yle News A"
#    (no "that"), "he said", then a quote-only paragraph; association "said the decision came “...” but welcomed it"
#    (partial only; "welcomed" is an act); group "said it would A, arguing that B" (two indirects); its expert named
#    after her quote, "She said A"; "According to the Natural Resources Institute Finland (Luke), A"; researcher "said
#    A", "he said"; scare so-called “herding area rule”; minister "said A"; closing content before "the agency said";
#    caption "Image: ... / Yle".
ARTICLES[f"{BATCH}/lapland-wolf-cull-permits.gold.json"] = {
    "article": f"{BATCH}/lapland-wolf-cull-permits.txt",
    "target": "Finnish Wildlife Agency",
    "quotes": [
        (I, "Finnish Wildlife Agency", "the wolves had killed at least 160 reindeer since October and that non-lethal "
            "measures had not stopped the attacks", None),
        (D, "Juha Kettunen", "This is a targeted decision. We are not reducing the wolf population of Finland, we are "
            "removing animals that have specialised in killing reindeer,", None),
        (I, "Aslak Magga", "he lost 23 animals in January alone", None),
        (D, "Aslak Magga", "You find them in the morning in the snow, sometimes still alive. No compensation pays for "
            "that,", None),
        (D, "Aslak Magga", "My son wants to continue the work. I don’t know what to tell him.", None),
        (P, "Reindeer Herders’ Association", "months too late", None),
        (I, "Luonto-Liitto", "it would appeal the permits to the Administrative Court of Northern Finland", None),
        (I, "Luonto-Liitto", "the cull breaches the EU Habitats Directive", None),
        (D, "Sanna Heikkilä", "The wolf is strictly protected in Finland. The agency is treating a protected species as "
            "if it were a pest,", None),
        (I, "Sanna Heikkilä", "the agency had ignored a scientific recommendation that culls should only be used against "
            "individual wolves proven to have caused damage", None),
        (I, "Natural Resources Institute Finland", "there were an estimated 295 wolves in the country last March", None),
        (I, "Mikko Peltola", "the Lapland figures were uncertain because wolves move across the border with Russia",
            None),
        (D, "Mikko Peltola", "We simply don’t know how many animals are on the Finnish side at any given moment,", None),
        (S, None, "herding area rule", None),
        (I, "Kaisa Lehtinen", "she trusted the agency to follow the law", None),
        (I, "Finnish Wildlife Agency", "Hunting may begin on Monday", None),
    ],
    "actors": [
        actor("Finnish Wildlife Agency", "government", title="wildlife agency", affiliation="Finland",
              aliases=["Finnish Wildlife Agency", "The agency", "the agency"], stance=1),
        actor("Juha Kettunen", "person", title="head of game management", affiliation="Finnish Wildlife Agency",
              aliases=["Juha Kettunen", "Kettunen"], stance=1),
        actor("Aslak Magga", "person", title="reindeer herder near Savukoski", affiliation=None,
              aliases=["Aslak Magga", "Magga"], stance=1),
        actor("Reindeer Herders’ Association", "organisation", title="herders' association", affiliation="Finland",
              aliases=["Reindeer Herders’ Association"], stance=0),
        actor("Luonto-Liitto", "organisation", title="conservation group", affiliation="Finland",
              aliases=["Luonto-Liitto"], stance=-1),
        actor("Sanna Heikkilä", "person", title="wildlife expert", affiliation="Luonto-Liitto",
              aliases=["Sanna Heikkilä", "Heikkilä"], stance=-1),
        actor("Natural Resources Institute Finland", "government", title="research institute", affiliation="Finland",
              aliases=["Natural Resources Institute Finland", "Luke"], stance=None),
        actor("Mikko Peltola", "person", title="researcher", affiliation="Natural Resources Institute Finland (Luke)",
              aliases=["Mikko Peltola", "Peltola"], stance=None),
        actor("Kaisa Lehtinen", "person", title="Minister of Agriculture and Forestry", affiliation="Government of Finland",
              aliases=["Kaisa Lehtinen", "Lehtinen"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Santiago Times (Chile) health (the health regulator fines a private clinic chain for overcharging public
#    insurance patients), headline without speech, byline, dateline "SANTIAGO –", straight double quotes, "UF",
#    "US$"; regulator "said in a resolution ... that ... had billed ... for "hotel costs" ..." (partial only);
#    superintendent split quote "“A,” X told reporters in Santiago. “B.”" (named in the attribution), "Fuentes said A";
#    company statement "said it "..." but considered ..., and that it would B" (partial plus indirect for the "that"
#    clause); medical director in an apposition "said A", "Espinoza said"; "Patients told a different story." (no
#    content); patient in an apposition "said A", "she said"; association "said A"; scare so-called "second bill";
#    minister "said A", "he said"; "According to Fonasa, A"; analyst "said A, ... which she described as "..."" (indirect
#    plus partial).
ARTICLES[f"{BATCH}/clinica-andes-sur-overcharging-fine.gold.json"] = {
    "article": f"{BATCH}/clinica-andes-sur-overcharging-fine.txt",
    "target": "Clínica Andes Sur",
    "quotes": [
        (P, "Superintendency of Health", "hotel costs", None),
        (D, "Mariela Fuentes", "The law is very clear. A patient who buys a package cannot be charged again for the same "
            "gauze, the same bed and the same medicines,", None),
        (D, "Mariela Fuentes", "What we found was not an error. It was a practice.", None),
        (I, "Mariela Fuentes", "the chain must refund the patients within 60 days", None),
        (P, "Clínica Andes Sur", "respects the work of the Superintendency", None),
        (I, "Clínica Andes Sur", "it would appeal to the Santiago Court of Appeals", None),
        (I, "Rodrigo Espinoza", "the disputed charges were for items outside the packages, such as extra nights requested "
            "by patients", None),
        (D, "Rodrigo Espinoza", "We have nothing to hide. Every charge has a document behind it, and we will show those "
            "documents to the court,", None),
        (I, "Carmen Gallardo", "she received a bill for 1.9 million pesos a month after paying for her package", None),
        (D, "Carmen Gallardo", "They told me it was for the dressings and the painkillers. I had already paid for "
            "everything. I had the paper in my hand,", None),
        (I, "National Association of Fonasa Users", "other clinics were using the same practice", None),
        (S, None, "second bill", None),
        (I, "Tomás Aravena", "the ministry would send Congress a bill in June to raise the maximum fines for private "
            "health providers", None),
        (D, "Tomás Aravena", "A fine of 3,000 UF for a company of this size is a parking ticket,", None),
        (I, "Fonasa", "about 380,000 of its members bought surgical packages at private clinics last year", None),
        (I, "Javiera Morales", "the case could damage trust in the package system", None),
        (P, "Javiera Morales", "one of the few things in Chilean health care that actually works.", None),
    ],
    "actors": [
        actor("Superintendency of Health", "government", title="health regulator", affiliation="Chile",
              aliases=["Superintendency of Health", "The regulator"], stance=-1),
        actor("Mariela Fuentes", "person", title="Superintendent of Health", affiliation="Superintendency of Health",
              aliases=["Mariela Fuentes", "Fuentes"], stance=-1),
        actor("Clínica Andes Sur", "organisation", title="private clinic chain", affiliation="Chile",
              aliases=["Clínica Andes Sur"], stance=1),
        actor("Rodrigo Espinoza", "person", title="medical director", affiliation="Clínica Andes Sur",
              aliases=["Dr. Rodrigo Espinoza", "Rodrigo Espinoza", "Espinoza"], stance=1),
        actor("Carmen Gallardo", "person", title="retired teacher, patient (Puente Alto), 67", affiliation=None,
              aliases=["Carmen Gallardo", "Gallardo"], stance=-1),
        actor("National Association of Fonasa Users", "organisation", title="patients' association", affiliation="Chile",
              aliases=["National Association of Fonasa Users"], stance=-1),
        actor("Tomás Aravena", "person", title="Health Minister", affiliation="Government of Chile",
              aliases=["Tomás Aravena", "Aravena"], stance=-1),
        actor("Fonasa", "government", title="public health insurer", affiliation="Chile", aliases=["Fonasa"],
              stance=None),
        actor("Javiera Morales", "person", title="analyst", affiliation="Salud Pública Consultores",
              aliases=["Javiera Morales", "Morales"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Gisborne Herald (New Zealand) local/disaster (a storm sends forestry slash into homes at Tolaga Bay), headline
#    without speech, byline, curly “ ” and ’, te reo words (moko, hui, marae); group "Residents of Hauiti Road said A";
#    resident named after her quote, then a quote-only paragraph; chief executive "said the company was “...” for ...
#    but denied that B" (partial plus indirect), quote with "he told The Gisborne Herald", "He said A and would B" (one
#    span); council manager in an apposition "said A and were B" (one span), "she said"; content before "according to
#    its own figures" (the council); farmers' president "said ... were tired of cleaning up “...”" (partial only);
#    scare so-called “slash rules”; consultant "said A but could not B" (one span), "he said"; MP "said he would A";
#    "Civil Defence said A"; caption "Photo / ...".
ARTICLES[f"{BATCH}/tolaga-bay-forestry-slash.gold.json"] = {
    "article": f"{BATCH}/tolaga-bay-forestry-slash.txt",
    "target": "Tairāwhiti Timberlands Ltd",
    "quotes": [
        (I, "Residents of Hauiti Road", "the debris came from a block harvested by Tairāwhiti Timberlands Ltd last "
            "winter", None),
        (D, "Huia Tāwhiri", "We told them in 2024, we told them at the hui last year. Now look at it. My moko’s bedroom "
            "is full of pine,", None),
        (D, "Huia Tāwhiri", "They take the trees and they leave us the rubbish.", None),
        (P, "Grant Mullins", "devastated", None),
        (I, "Grant Mullins", "most of the debris came from its land", None),
        (D, "Grant Mullins", "Our crews walked the catchment on Monday. A lot of what is in that river is old wood and "
            "natural debris that has been sitting there for decades,", None),
        (I, "Grant Mullins", "the company had already removed 2,400 tonnes of slash from its skid sites this year and "
            "would send a team to help with the clean-up", None),
        (I, "Aroha Ngata", "council staff had been at the site since Monday and were taking samples to identify where "
            "the wood came from", None),
        (D, "Aroha Ngata", "If the evidence shows a breach of the consent conditions, we will prosecute. We have done it "
            "before,", None),
        (I, "Gisborne District Council", "The council has brought 11 prosecutions against forestry companies since 2018",
            None),
        (P, "Ben Lister", "somebody else’s mess", None),
        (S, None, "slash rules", None),
        (I, "Peter Dunn", "the rules had made a difference but could not stop every storm", None),
        (D, "Peter Dunn", "Some of this material is from harvests that happened before the new rules. It will be coming "
            "down these rivers for years,", None),
        (I, "Rawiri Paku", "he would ask the Forestry Minister to visit Tolaga Bay", None),
        (I, "Civil Defence", "14 homes were uninhabitable", None),
    ],
    "actors": [
        actor("Residents of Hauiti Road", "group", title="residents", affiliation="Tolaga Bay",
              aliases=["Residents of Hauiti Road"], stance=-1),
        actor("Huia Tāwhiri", "person", title="resident, 62", affiliation=None, aliases=["Huia Tāwhiri", "Tāwhiri"],
              stance=-1),
        actor("Grant Mullins", "person", title="chief executive", affiliation="Tairāwhiti Timberlands Ltd",
              aliases=["Grant Mullins", "Mullins"], stance=1),
        actor("Aroha Ngata", "person", title="compliance manager", affiliation="Gisborne District Council",
              aliases=["Aroha Ngata", "Ngata"], stance=0),
        actor("Gisborne District Council", "government", title="district council", affiliation="Tairāwhiti",
              aliases=["Gisborne District Council", "The council"], stance=None),
        actor("Ben Lister", "person", title="president", affiliation="Federated Farmers Gisborne-Wairoa",
              aliases=["Ben Lister", "Lister"], stance=-1),
        actor("Peter Dunn", "person", title="forestry consultant", affiliation=None, aliases=["Peter Dunn", "Dunn"],
              stance=0),
        actor("Rawiri Paku", "person", title="Tairāwhiti MP", affiliation=None, aliases=["Rawiri Paku", "Paku"],
              stance=None),
        actor("Civil Defence", "government", title="civil defence", affiliation="New Zealand",
              aliases=["Civil Defence"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
