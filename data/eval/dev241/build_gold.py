"""Build the dev241 gold files (data/eval/dev241/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev233/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev241/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev241.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev241"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Irish Examiner (Ireland) agriculture/animal health (a bluetongue restriction zone is extended in west Cork),
#    headline "Farmers warn of ‘disaster’ for marts ..." (partial for the farmers), byline and date lines, curly “ ”
#    for the body and ‘ ’ in the headline, ’ apostrophes, "20km", "€"; lede "Farmers in west Cork have warned that A"
#    (indirect); department "said on Thursday that A, and that B" (one span); "No cattle or sheep may be moved ...,
#    under the restrictions" (no cue); minister "said the measures were “...”" (partial only), quote with "the minister
#    said", then a quote-only paragraph; "He said A"; IFA chair "said the restrictions would be a “...” for the marts"
#    (partial only), "he said", "He said A and that B" (one span); ICMSA "said it accepted A but that the department
#    had been “...”" (indirect plus partial); mart manager "told the Irish Examiner that A", "she said"; anonymous
#    farmer "who asked not to be named, said A", "he said"; Veterinary Ireland "said A"; content before "the
#    department said"; scare so-called “vector-free period”.
ARTICLES[f"{BATCH}/bluetongue-cork-movement-restrictions.gold.json"] = {
    "article": f"{BATCH}/bluetongue-cork-movement-restrictions.txt",
    "target": "Department of Agriculture",
    "quotes": [
        (P, "Farmers in west Cork", "disaster", "Farmers warn of"),
        (I, "Farmers in west Cork", "a 20km restriction zone imposed after two new cases of bluetongue will cripple the "
            "winter trade at local marts", None),
        (I, "Department of Agriculture", "the latest cases had been confirmed in cattle near Dunmanway and Drimoleague, and "
            "that the existing zone around a farm near Bandon, where the first case was detected last month, would be "
            "extended to cover both", None),
        (P, "Seán Kiely", "proportionate and necessary", None),
        (D, "Seán Kiely", "Bluetongue does not spread from animal to animal. It is carried by midges, and the only way we "
            "can stop it is by controlling where animals go while the midges are still active,", None),
        (D, "Seán Kiely", "I know this is hard on farmers in west Cork. Nobody wanted to see this, least of all me.", None),
        (I, "Seán Kiely", "the department would review the zone in January, when colder weather was expected to end midge "
            "activity", None),
        (P, "Denis O’Mahony", "disaster", "Cork West chair"),
        (D, "Denis O’Mahony", "Farmers have cattle fattened and ready to go, and now they are told they can’t sell them "
            "except to a factory, at the factory’s price,", None),
        (I, "Denis O’Mahony", "the IFA wanted a compensation scheme for farmers inside the zone and that the department had "
            "yet to say whether one would be offered", None),
        (I, "Irish Creamery Milk Suppliers Association", "it accepted the need for restrictions", None),
        (P, "Irish Creamery Milk Suppliers Association", "far too slow", None),
        (I, "Catherine Hurley", "the mart had cancelled its weanling sale next Tuesday", None),
        (D, "Catherine Hurley", "We had 900 cattle entered. That is a big day for this town, for the shops, the cafés, "
            "everyone,", None),
        (I, "dairy farmer near Drimoleague", "he had learned of the case on a neighbouring farm from a WhatsApp message "
            "before the department contacted him", None),
        (D, "dairy farmer near Drimoleague", "I found out from a group chat. That’s the state of it,", None),
        (I, "Veterinary Ireland", "the restrictions were in line with the approach taken in Britain and the Netherlands, "
            "where bluetongue serotype 3 spread widely in 2023 and 2024", None),
        (I, "Department of Agriculture", "Bluetongue does not affect humans or food safety", None),
        (S, None, "vector-free period", None),
    ],
    "actors": [
        actor("Farmers in west Cork", "group", title="farmers", affiliation="west Cork",
              aliases=["Farmers in west Cork", "Farmers"], stance=-1),
        actor("Department of Agriculture", "government", title="government department", affiliation="Ireland",
              aliases=["Department of Agriculture", "the department"], stance=1),
        actor("Seán Kiely", "person", title="Minister for Agriculture", affiliation="Irish Government",
              aliases=["Seán Kiely", "Kiely", "the minister"], stance=1),
        actor("Denis O’Mahony", "person", title="Cork West chair", affiliation="Irish Farmers’ Association (IFA)",
              aliases=["Denis O’Mahony", "O’Mahony"], stance=-1),
        actor("Irish Creamery Milk Suppliers Association", "organisation", title="farm organisation", affiliation="Ireland",
              aliases=["Irish Creamery Milk Suppliers Association", "ICMSA"], stance=0),
        actor("Catherine Hurley", "person", title="mart manager", affiliation="Dunmanway mart",
              aliases=["Catherine Hurley", "Hurley"], stance=0),
        actor("dairy farmer near Drimoleague", "person", title="dairy farmer (anonymous)", affiliation="Drimoleague",
              aliases=["dairy farmer near Drimoleague"], stance=-1),
        actor("Veterinary Ireland", "organisation", title="veterinary body", affiliation="Ireland",
              aliases=["Veterinary Ireland"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Japan Times (Japan) science/space (JAXA loses contact with its lunar rover), headline "JAXA loses contact ..."
#    without speech, byline and "STAFF WRITER" lines in capitals, straight " and apostrophes, "¥18 billion"; lede "JAXA
#    said Friday it had A"; content before "the agency said, adding that B" (two indirects); project manager named after
#    the first paragraph ("..." project manager Yuko Hirata told a news conference ...), then a quote-only paragraph;
#    "Hirata said A and would B" (one span); Q&A "Asked whether ..., she said: "..."" (direct); "According to a JAXA
#    engineer who asked not to be named, A", "the engineer said"; professor "said the loss was "..."" (partial only),
#    "he said" (a colon inside the quote); ministry "said in a statement that it would "..." the cause ... but that B"
#    (partial plus indirect); "Some lawmakers were less patient." (no speech); lawmaker "said JAXA had spent public
#    money on a rover that "..." and called for ..." (partial only; directive not annotated), "she said"; "JAXA said A";
#    scare so-called "pinpoint landing" technology.
ARTICLES[f"{BATCH}/jaxa-lunar-rover-contact-lost.gold.json"] = {
    "article": f"{BATCH}/jaxa-lunar-rover-contact-lost.txt",
    "target": "JAXA",
    "quotes": [
        (I, "Japan Aerospace Exploration Agency", "it had lost contact with its Tsukuyomi rover on the moon's south pole, "
            "four days after the rover rolled off its lander", None),
        (I, "Japan Aerospace Exploration Agency", "The last signal from the 40-kilogram rover was received at 3:12 a.m. "
            "Thursday, Japan time", None),
        (I, "Japan Aerospace Exploration Agency", "engineers were trying to determine whether the problem lay with the "
            "rover's power system or its radio", None),
        (D, "Yuko Hirata", "We have not given up. The rover may be in a shadow where the solar panels cannot charge, and if "
            "so, it may wake up when the sun reaches it,", None),
        (D, "Yuko Hirata", "But I have to be honest. The temperatures there fall below minus 170 degrees at night, and the "
            "rover was not designed to survive many nights.", None),
        (I, "Yuko Hirata", "the team had sent wake-up commands every two hours since Thursday morning and would continue "
            "doing so for at least two weeks", None),
        (D, "Yuko Hirata", "The landing was a success. The rover drove 87 meters and sent us the first close-up images of "
            "this region. That is already more than any Japanese mission has done.", None),
        (I, "JAXA engineer", "the rover's last data showed its battery temperature falling faster than predicted", None),
        (D, "JAXA engineer", "The thermal model was too optimistic. We knew the margins were small,", None),
        (P, "Takeshi Mori", "disappointing but not surprising", None),
        (D, "Takeshi Mori", "Every country that goes to the polar regions learns the same lesson: the cold is the real "
            "enemy,", None),
        (P, "education and science ministry", "carefully examine", None),
        (I, "education and science ministry", "its support for Japan's lunar exploration program was unchanged", None),
        (P, "Akiko Tanabe", "lasted less than a week", None),
        (D, "Akiko Tanabe", "This is not the first time. When a private company fails like this, someone takes "
            "responsibility,", None),
        (I, "Japan Aerospace Exploration Agency", "the data already sent by the rover would be released to researchers "
            "worldwide next spring", None),
        (S, None, "pinpoint landing", None),
    ],
    "actors": [
        actor("Japan Aerospace Exploration Agency", "organisation", title="space agency", affiliation="Japan",
              aliases=["Japan Aerospace Exploration Agency", "JAXA", "the agency"], stance=0),
        actor("Yuko Hirata", "person", title="project manager", affiliation="JAXA",
              aliases=["Yuko Hirata", "Hirata"], stance=1),
        actor("JAXA engineer", "person", title="engineer (anonymous)", affiliation="JAXA", aliases=["JAXA engineer"],
              stance=-1),
        actor("Takeshi Mori", "person", title="planetary scientist, professor", affiliation="University of Tokyo",
              aliases=["Takeshi Mori", "Mori", "Professor Takeshi Mori"], stance=0),
        actor("education and science ministry", "government", title="ministry overseeing JAXA", affiliation="Japan",
              aliases=["education and science ministry"], stance=1),
        actor("Akiko Tanabe", "person", title="Upper house member",
              affiliation="Constitutional Democratic Party of Japan", aliases=["Akiko Tanabe", "Tanabe"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Music Week (UK music trade press) live music/ticketing (a ticketing platform's demand-based booking fees),
#    headline "Tixora defends 'demand-based' booking fees as ..." (partial for Tixora), byline and date lines, British
#    straight single quotes for quotes and fragments, apostrophes inside (We've, can't, don't) and outside, "%";
#    "Tixora has defended what it calls '...' booking fees after ... complained about ..." (partial only; "complained
#    about" is an act); "In a statement to Music Week, Tixora said A, and that B" (one span); CEO named after the first
#    stretch ("said chief executive Daniel Frere"), then a quote-only paragraph; manager "told Music Week she learned
#    A" (no "that"), quote with "Lal said"; coalition "said the fees were '...', and called for ..." (partial only;
#    directive); venue trust spokesperson "said A but warned that '...'" (indirect plus partial); CMA "confirmed it had
#    received A and was '...'" (indirect plus partial); anonymous promoter "said the fees were '...'", singular "they
#    said"; government spokesperson "said the government was committed to '...' and would set out ..." (partial only);
#    scare so-called 'dynamic pricing' controversy; "Frere said A. '...,' he said." (indirect, then a direct).
ARTICLES[f"{BATCH}/tixora-demand-based-ticket-fees.gold.json"] = {
    "article": f"{BATCH}/tixora-demand-based-ticket-fees.txt",
    "target": "Tixora",
    "quotes": [
        (P, "Tixora", "demand-based", "Tixora defends"),
        (P, "Tixora", "demand-based", "what it calls"),
        (I, "Tixora", "the change brought its fees in line with the cost of handling traffic spikes on big on-sale days, "
            "and that fees on most shows had not changed", None),
        (D, "Daniel Frere", "The vast majority of events on our platform will never see a higher fee. This applies to a "
            "small number of shows where we are processing hundreds of thousands of requests a minute,", None),
        (D, "Daniel Frere", "We've been open with our partners about it from the start.", None),
        (I, "Priya Lal", "she learned of the higher fees from fans on social media", None),
        (D, "Priya Lal", "Nobody from Tixora rang us. We found out when fans started sending us screenshots of the checkout "
            "page. The artist gets the blame, every time,", None),
        (P, "Featured Artists Coalition", "the latest example of a market that treats fans as a cash machine", None),
        (I, "spokesperson for the Music Venue Trust", "small venues were not affected by the new fees", None),
        (P, "spokesperson for the Music Venue Trust", "every extra pound spent on an arena fee is a pound not spent at a "
            "grassroots gig", None),
        (I, "Competition and Markets Authority", "it had received complaints about the fees", None),
        (P, "Competition and Markets Authority", "considering them alongside its wider work on ticketing", None),
        (P, "senior promoter", "a problem the company made for itself", None),
        (D, "senior promoter", "They are not wrong that big on-sales cost money. But you can't bring in something like this "
            "without telling the people whose names are on the poster,", None),
        (P, "Department for Culture, Media and Sport spokesperson", "making sure fans get a fair deal", None),
        (S, None, "dynamic pricing", None),
        (I, "Daniel Frere", "he would meet the FAC this month", None),
        (D, "Daniel Frere", "I want to hear them out. I don't think we've got everything right,", None),
    ],
    "actors": [
        actor("Tixora", "organisation", title="ticketing platform", affiliation="UK", aliases=["Tixora"], stance=1),
        actor("Daniel Frere", "person", title="chief executive", affiliation="Tixora",
              aliases=["Daniel Frere", "Frere"], stance=1),
        actor("Priya Lal", "person", title="artist manager", affiliation=None, aliases=["Priya Lal", "Lal"], stance=-1),
        actor("Featured Artists Coalition", "organisation", title="artists' body", affiliation="UK",
              aliases=["Featured Artists Coalition", "FAC"], stance=-1),
        actor("spokesperson for the Music Venue Trust", "person", title="spokesperson", affiliation="Music Venue Trust",
              aliases=["spokesperson for the Music Venue Trust"], stance=-1),
        actor("Competition and Markets Authority", "government", title="competition regulator", affiliation="UK",
              aliases=["Competition and Markets Authority", "CMA"], stance=0),
        actor("senior promoter", "person", title="promoter (anonymous)", affiliation=None, aliases=["senior promoter"],
              stance=-1),
        actor("Department for Culture, Media and Sport spokesperson", "person", title="spokesperson",
              affiliation="Department for Culture, Media and Sport",
              aliases=["Department for Culture, Media and Sport spokesperson"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Premium Times (Nigeria) health (a cholera outbreak in Lagos), headline "Cholera: Death toll rises ... as residents
#    blame ..." without quote marks (not annotated), byline and date lines, curly “ ” and ’, "₦2,000"; lede content
#    before "the state government said on Wednesday"; commissioner in an apposition "said A, and that B" (one span),
#    quote with "Mr Adeyemi told journalists", then a quote-only paragraph; group "residents of Makoko, a waterfront
#    community where ..., said A"; fish seller named after her first quote, then a quote-only paragraph; resident "said
#    A and that B"; "According to the Nigeria Centre for Disease Control and Prevention (NCDC), A"; NMA chairman with a
#    title chain "said the outbreak was “...” and blamed ..." (partial only), "he said"; anonymous doctor "who asked
#    not to be identified ..., told PREMIUM TIMES that A", "the doctor said"; "When contacted, the Commissioner said A
#    and that B" (one span); water corporation "said in a statement that A"; scare so-called “Lagos Water Bill”; WHO
#    official "said A, and urged ..." (indirect; directive not annotated), "she said".
ARTICLES[f"{BATCH}/lagos-cholera-outbreak-makoko.gold.json"] = {
    "article": f"{BATCH}/lagos-cholera-outbreak-makoko.txt",
    "target": "Lagos State Government",
    "quotes": [
        (I, "state government", "The number of people who have died in the cholera outbreak in Lagos has risen to 38, with "
            "612 suspected cases recorded across 14 local government areas since November 10", None),
        (I, "Olumide Adeyemi", "most of the cases had been reported in Lagos Island, Eti-Osa and Kosofe, and that 71 "
            "patients were still receiving treatment in public hospitals", None),
        (D, "Olumide Adeyemi", "The situation is under control, but it is not over. We have set up treatment centres in all "
            "the affected areas, and treatment is free,", None),
        (D, "Olumide Adeyemi", "What we need now is for residents to wash their hands, boil their water and report any case "
            "of diarrhoea immediately.", None),
        (I, "residents of Makoko", "the government’s advice ignored the conditions they lived in", None),
        (D, "Bisi Akande", "They say boil water. Boil it with what? Kerosene is ₦2,000 a litre,", None),
        (D, "Bisi Akande", "Nobody has brought water here since this started. We buy from the tankers, and we don’t know "
            "where the tankers get it.", None),
        (I, "Joseph Hounkpe", "the community’s only borehole had been broken since August and that complaints to the state "
            "government had gone unanswered", None),
        (I, "Nigeria Centre for Disease Control and Prevention", "Nigeria recorded more than 10,000 suspected cholera cases "
            "and 300 deaths nationwide between January and October", None),
        (P, "Adewale Ogunleye", "entirely preventable", None),
        (D, "Adewale Ogunleye", "Cholera is a disease of poverty and of neglect. You cannot fight it with press "
            "conferences,", None),
        (I, "doctor at the Lagos State University Teaching Hospital", "the isolation ward had run out of intravenous fluids "
            "twice in the past week", None),
        (D, "doctor at the Lagos State University Teaching Hospital", "We had to ask relatives to go and buy drip bags from "
            "pharmacies outside,", None),
        (I, "Olumide Adeyemi", "he was not aware of any shortage at LASUTH and that supplies had been sent to all treatment "
            "centres", None),
        (I, "Lagos State Water Corporation", "it was working to restore supply to areas served by the Iju and Adiyan "
            "waterworks, which have been operating below capacity since a power fault in October", None),
        (S, None, "Lagos Water Bill", None),
        (I, "Fatima Bello", "the agency was supporting the state with oral rehydration salts and surveillance", None),
        (D, "Fatima Bello", "Most cholera deaths happen because people arrive at the hospital too late,", None),
    ],
    "actors": [
        actor("state government", "government", title="Lagos State Government", affiliation="Lagos State",
              aliases=["state government"], stance=0),
        actor("Olumide Adeyemi", "person", title="Lagos State Commissioner for Health", affiliation="Lagos State Government",
              aliases=["Olumide Adeyemi", "Adeyemi", "Mr Adeyemi", "the Commissioner"], stance=1),
        actor("residents of Makoko", "group", title="residents of a waterfront community", affiliation="Makoko, Lagos",
              aliases=["residents of Makoko"], stance=-1),
        actor("Bisi Akande", "person", title="fish seller", affiliation="Makoko", aliases=["Bisi Akande", "Akande"],
              stance=-1),
        actor("Joseph Hounkpe", "person", title="resident", affiliation="Makoko", aliases=["Joseph Hounkpe", "Hounkpe"],
              stance=-1),
        actor("Nigeria Centre for Disease Control and Prevention", "government", title="federal public health agency",
              affiliation="Nigeria", aliases=["Nigeria Centre for Disease Control and Prevention", "NCDC"], stance=None),
        actor("Adewale Ogunleye", "person", title="chairman, Lagos branch",
              affiliation="Nigerian Medical Association (NMA)", aliases=["Adewale Ogunleye", "Ogunleye"], stance=-1),
        actor("doctor at the Lagos State University Teaching Hospital", "person", title="doctor (anonymous)",
              affiliation="Lagos State University Teaching Hospital (LASUTH)",
              aliases=["doctor at the Lagos State University Teaching Hospital", "the doctor"], stance=-1),
        actor("Lagos State Water Corporation", "government", title="state water utility", affiliation="Lagos State",
              aliases=["Lagos State Water Corporation"], stance=0),
        actor("Fatima Bello", "person", title="official", affiliation="World Health Organization (WHO) in Nigeria",
              aliases=["Fatima Bello", "Bello", "Dr Fatima Bello"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
