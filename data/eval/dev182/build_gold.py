"""Build the dev182 gold files (data/eval/dev182/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev182/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev182.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev182"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Nation Africa / Daily Nation (Kenyans recruited into Russia's army), headline without speech, standfirst
#    with an unquoted "ministry says ..." (not annotated) and a straight fragment "embassy insists recruits
#    signed up "voluntarily"" (partial for the embassy), byline, "Nation Media Group" and date lines, straight
#    " and apostrophes, "Sh350,000", "Dr"/"Ms"/"Mr" without stops. Lede content before "the Ministry of Foreign
#    and Diaspora Affairs said yesterday"; PS (title chain) "told the Senate Committee ... that A", quote with
#    "Dr Chebet said"; embassy "in a statement posted on its X account, said ... had signed contracts "..." and
#    that B" (partial plus indirect), then "the statement said"; mother "said A" (about her son Brian Otieno),
#    quote with a nested 'Mama, pray for me,' and "Ms Achieng told the Nation"; scare so-called "Moscow jobs";
#    senator Moses Otieno (shares the son's surname) "accused the ministry of acting "..."" (partial), quote
#    with "Mr Otieno said"; content before "the Directorate of Criminal Investigations (DCI) said in a
#    statement, adding that B" (two indirects); anonymous detective "told the Nation that A"; "Read:" line;
#    ambassador "struck a different tone" (act), "He said Moscow was ready to "..." requests ..., but warned
#    that B" (partial plus indirect), "he said"; lecturer "was more measured" (not speech), quote with "she
#    said"; "Dr Chebet said A"; "She urged Kenyans to ..." (directive).
ARTICLES[f"{BATCH}/kenyans-russian-army-recruits.gold.json"] = {
    "article": f"{BATCH}/kenyans-russian-army-recruits.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russian Embassy in Nairobi", "voluntarily", "embassy insists"),
        (I, "Ministry of Foreign and Diaspora Affairs", "At least 47 Kenyans are now known to be serving with Russian "
            "forces in Ukraine, most of them lured by agents who promised jobs as drivers, cooks and security guards",
            None),
        (I, "Caroline Chebet", "the government had written to Moscow three times since August seeking the names of all "
            "Kenyans in the Russian military and the release of those who wished to return home", None),
        (D, "Caroline Chebet", "We have not received a satisfactory response. We are dealing with young people who were "
            "deceived, and we will not stop until every one of them who wants to come home is brought home,", None),
        (P, "Russian Embassy in Nairobi", "voluntarily and in full accordance with Russian law", None),
        (I, "Russian Embassy in Nairobi", "they received the same pay and benefits as Russian servicemen", None),
        (D, "Russian Embassy in Nairobi", "The Russian Federation does not recruit citizens of friendly African states "
            "through illegal channels. Any such claims are part of a disinformation campaign by Western media,", None),
        (I, "Mary Achieng", "he had been told he would work as a warehouse clerk in St Petersburg for Sh350,000 a month",
            None),
        (D, "Mary Achieng", "The last time he called, he was crying. He said they had taken his passport and given him a "
            "gun. He said, 'Mama, pray for me,'", None),
        (S, None, "Moscow jobs", None),
        (P, "Moses Otieno", "too slowly and too quietly", None),
        (D, "Moses Otieno", "Russia is a friend of Kenya, but friends do not send our children to die in a war that is "
            "not theirs,", None),
        (I, "Directorate of Criminal Investigations", "Police have so far arrested six people linked to two recruitment "
            "agencies in Nairobi and Eldoret", None),
        (I, "Directorate of Criminal Investigations", "the suspects would be arraigned on Monday on charges of human "
            "trafficking", None),
        (I, "detective familiar with the investigation", "the agents were paid between $1,500 and $2,000 for every "
            "recruit delivered to Moscow", None),
        (P, "Dmitry Volkonsky", "consider case by case", None),
        (I, "Dmitry Volkonsky", "deserters would face Russian military law like anyone else", None),
        (D, "Dmitry Volkonsky", "Nobody is being held against their will. A contract is a contract,", None),
        (D, "Halima Abdi", "Kenya abstained on several UN votes on Ukraine, and Moscow has read that as friendship. But "
            "the government cannot be seen to stay silent while its citizens are coming home in coffins,", None),
        (I, "Caroline Chebet", "the ministry had set up a hotline for families and was working with Interpol and with "
            "authorities in the United Arab Emirates, where many of the recruits passed through, to shut down the "
            "networks", None),
    ],
    "actors": [
        actor("Russian Embassy in Nairobi", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Nairobi", "embassy"], stance=1),
        actor("Ministry of Foreign and Diaspora Affairs", "government", affiliation="Kenya",
              aliases=["Ministry of Foreign and Diaspora Affairs"], stance=0),
        actor("Caroline Chebet", "person", title="Foreign Affairs Principal Secretary", affiliation="Kenya",
              aliases=["Caroline Chebet", "Chebet", "Dr Chebet"], stance=-1),
        actor("Mary Achieng", "person", title="mother of a recruit", aliases=["Mary Achieng", "Achieng", "Ms Achieng"],
              stance=-1),
        actor("Moses Otieno", "person", title="Kisumu Senator, chairperson of the Senate Committee on National Security",
              affiliation="Senate of Kenya", aliases=["Moses Otieno", "Otieno", "Mr Otieno"], stance=-1),
        actor("Directorate of Criminal Investigations", "organisation", affiliation="Kenya",
              aliases=["Directorate of Criminal Investigations", "DCI"], stance=None),
        actor("detective familiar with the investigation", "person", title="anonymous detective",
              affiliation="Directorate of Criminal Investigations",
              aliases=["detective familiar with the investigation"], stance=0),
        actor("Dmitry Volkonsky", "person", title="ambassador to Kenya", affiliation="Russia",
              aliases=["Dmitry Volkonsky", "Volkonsky"], stance=1),
        actor("Halima Abdi", "person", title="international relations lecturer", affiliation="University of Nairobi",
              aliases=["Halima Abdi", "Abdi", "Dr Halima Abdi"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Pittsburgh Post-Gazette (environment: a coke plant's hydrogen sulfide penalty), headline and standfirst
#    without speech, byline, "Pittsburgh Post-Gazette" and "Dec 3, 2026 6:00 AM" lines, curly double quotes
#    with straight apostrophes, nested curly single 'exceedance.' inside a quote, AP style (Dr., Rep., Jan.
#    14), closing e-mail line. Lede content before "the Allegheny County Health Department said Wednesday";
#    scare "good neighbor" fund; content before "according to the department"; director's quote before the cue
#    ("said Dr. Renata Kowalczyk, the department's director") and continued after it; federal agency
#    "according to"; company "In a statement, ... said it had "..." ... and that B" (partial plus indirect),
#    quote split by "the statement said"; group "Residents ... said A"; resident's quote split by "said Dana
#    Whitlock, 67, who ..."; "Whitlock said A"; state rep "called the penalty "..." but said B" (partial plus
#    indirect), quote with "DiNardo said"; GASP "said A"; anonymous operator "said crews had been patching ...
#    "..." for years" (partial only), "he said".
ARTICLES[f"{BATCH}/neville-island-coke-plant-penalty.gold.json"] = {
    "article": f"{BATCH}/neville-island-coke-plant-penalty.txt",
    "target": "Three Rivers Carbon",
    "quotes": [
        (I, "Allegheny County Health Department", "Three Rivers Carbon, the Neville Island coke and chemicals plant that "
            "has drawn complaints from Ohio River communities for years, will pay $1.87 million in penalties for "
            "repeatedly breaking limits on hydrogen sulfide emissions", None),
        (S, None, "good neighbor", None),
        (I, "Allegheny County Health Department", "The plant exceeded the county's 24-hour standard for hydrogen sulfide "
            "on 212 days between January 2024 and September 2026", None),
        (D, "Renata Kowalczyk", "This is the largest penalty we have ever assessed against a single facility for "
            "hydrogen sulfide, and it reflects how long residents have been living with this,", None),
        (D, "Renata Kowalczyk", "The plant's own monitors told the story. There was no ambiguity.", None),
        (I, "Agency for Toxic Substances and Disease Registry", "Hydrogen sulfide, which smells of rotten eggs, can cause "
            "headaches, nausea and breathing problems at elevated levels", None),
        (P, "Three Rivers Carbon", "taken responsibility", None),
        (I, "Three Rivers Carbon", "the new unit, due to be running by the end of 2027, would cut the plant's sulfur "
            "emissions by more than 80%", None),
        (D, "Three Rivers Carbon", "We are part of this community, and our employees live in it,", None),
        (D, "Three Rivers Carbon", "We know we have work to do, and we are doing it.", None),
        (I, "Residents", "the settlement was overdue — and not enough", None),
        (D, "Dana Whitlock", "Two million dollars is a rounding error for them,", None),
        (D, "Dana Whitlock", "On a bad night you wake up and the whole house smells like a broken sewer. Then you open "
            "the paper and they call it an \u2018exceedance.\u2019", None),
        (I, "Dana Whitlock", "she and her neighbors had logged more than 600 odor complaints with the county's online "
            "reporting tool since 2023", None),
        (P, "Anthony DiNardo", "a start", None),
        (I, "Anthony DiNardo", "the health department should have acted years earlier", None),
        (D, "Anthony DiNardo", "Three Rivers has treated these fines as a cost of doing business. I want to see the money "
            "go into the neighborhoods that breathed this stuff,", None),
        (I, "Group Against Smog and Pollution", "it would review the consent order before deciding whether to appeal it",
            None),
        (P, "longtime operator at the plant", "with tape and prayers", None),
        (D, "longtime operator at the plant", "The new unit is the right call. It should have been made in 2019,", None),
    ],
    "actors": [
        actor("Allegheny County Health Department", "government", title="county health department",
              affiliation="Allegheny County",
              aliases=["Allegheny County Health Department", "the department", "health department"], stance=-1),
        actor("Renata Kowalczyk", "person", title="director", affiliation="Allegheny County Health Department",
              aliases=["Renata Kowalczyk", "Kowalczyk", "Dr. Renata Kowalczyk"], stance=-1),
        actor("Agency for Toxic Substances and Disease Registry", "government", affiliation="United States",
              aliases=["Agency for Toxic Substances and Disease Registry"], stance=None),
        actor("Three Rivers Carbon", "organisation", title="coke and chemicals plant",
              aliases=["Three Rivers Carbon", "Three Rivers", "the company"], stance=1),
        actor("Residents", "group", affiliation="Neville Island area", aliases=["Residents"], stance=-1),
        actor("Dana Whitlock", "person", title="resident, 67", aliases=["Dana Whitlock", "Whitlock"], stance=-1),
        actor("Anthony DiNardo", "person", title="State Rep. (Democrat)", affiliation="Pennsylvania House",
              aliases=["Anthony DiNardo", "DiNardo"], stance=-1),
        actor("Group Against Smog and Pollution", "organisation", title="environmental group",
              aliases=["Group Against Smog and Pollution"], stance=0),
        actor("longtime operator at the plant", "person", title="anonymous plant operator",
              affiliation="Three Rivers Carbon", aliases=["longtime operator at the plant"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Nation.Cymru (politics/culture: cuts to Wales' national museum and library), headline without speech,
#    byline line without "By", straight " and apostrophes, British punctuation outside the closing mark for
#    fragments, spaced en dashes, "Support our Nation today" appeal at the end. Cabinet Secretary "has defended
#    ..., insisting the two bodies must "..." like ..." (partial only); "Ms Prys said the Welsh Government had
#    "..." in ..." (partial only); quote with "she told MSs"; "She said ... would be given "..." to ..., and that
#    B" (partial plus indirect); scare so-called "tourism tax"; union "said A and that B" (one span); union
#    officer "said: "...` open at the end of its line, then a closed paragraph; Plaid spokesperson (name after
#    the title, "MS" after the name) "said the government had treated ... as "..." year after year" (partial
#    only), "she said"; Conservative MS "took a different line, saying the problem was ... but "..."" (partial
#    only), "she said"; library spokesperson "said it was "..." with ... and that B" (partial plus indirect);
#    "declined to comment"; "Ms Prys later told reporters that A and that talks ... would begin "..."" (indirect
#    plus partial).
ARTICLES[f"{BATCH}/culture-budget-cut-heledd-prys.gold.json"] = {
    "article": f"{BATCH}/culture-budget-cut-heledd-prys.txt",
    "target": "Heledd Prys",
    "quotes": [
        (P, "Heledd Prys", "live within their means", None),
        (P, "Heledd Prys", "protected culture as far as we possibly could", None),
        (D, "Heledd Prys", "Nobody came into politics to make these decisions. But I will not pretend there is money "
            "that isn't there, and I will not ask the NHS to pay for it,", None),
        (P, "Heledd Prys", "maximum flexibility", None),
        (I, "Heledd Prys", "general admission to the national museums would remain free", None),
        (S, None, "tourism tax", None),
        (I, "Public and Commercial Services union", "the cuts would mean at least 70 job losses and that it would ballot "
            "members for strike action in January", None),
        (D, "Owain Hopkin", "This is managed decline dressed up as tough choices. The Cabinet Secretary talks about "
            "flexibility – what our members hear is redundancy.", None),
        (D, "Owain Hopkin", "These are the people who look after the nation's memory. Once that expertise goes, you "
            "don't get it back with a one-off grant in a good year.", None),
        (P, "Llinos Ffransis", "a soft target", None),
        (D, "Llinos Ffransis", "You cannot keep cutting the same two organisations and then act surprised when the roof "
            "leaks – literally, in the library's case,", None),
        (P, "Laura Bright", "how the Government chooses to spend it", None),
        (D, "Laura Bright", "Labour found money for 36 extra Senedd members. It can find it for the museums,", None),
        (P, "spokesperson for the National Library of Wales", "working closely", None),
        (I, "spokesperson for the National Library of Wales", "its board would consider the budget in January", None),
        (I, "Heledd Prys", "she had met the chairs of both bodies", None),
        (P, "Heledd Prys", "as soon as they are willing", None),
    ],
    "actors": [
        actor("Heledd Prys", "person", title="Culture Secretary (Cabinet Secretary)", affiliation="Welsh Government",
              aliases=["Heledd Prys", "Prys", "Ms Prys", "Culture Secretary", "Cabinet Secretary"], stance=1),
        actor("Public and Commercial Services union", "organisation", title="union",
              aliases=["Public and Commercial Services union", "PCS"], stance=-1),
        actor("Owain Hopkin", "person", title="Wales secretary", affiliation="PCS",
              aliases=["Owain Hopkin", "Hopkin"], stance=-1),
        actor("Llinos Ffransis", "person", title="culture spokesperson, MS", affiliation="Plaid Cymru",
              aliases=["Llinos Ffransis", "Ffransis"], stance=-1),
        actor("Laura Bright", "person", title="MS", affiliation="Welsh Conservatives",
              aliases=["Laura Bright", "Bright"], stance=-1),
        actor("spokesperson for the National Library of Wales", "person", title="spokesperson",
              affiliation="National Library of Wales", aliases=["spokesperson for the National Library of Wales"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Demerara Waves (Guyana; diplomacy/security: a GDF patrol fired on from the Venezuelan bank), headline
#    without speech, "Last Updated on ... by Writer" line, straight " and apostrophes, "Dr."/"chargé
#    d'affaires". Lede content before "the army said"; "In a statement, the GDF said the soldiers were ...
#    when "..." were directed at them" (partial only), then "the statement said"; Chief of Staff (title chain)
#    "told Demerara Waves Online News that the Force had "..." the shots came from ..." (partial only), "he
#    said"; Venezuela's foreign ministry "in a communiqué read on state television, rejected what it called
#    "..." ... and said ... against illegal miners and "..." on ..." (two partials), then "the communiqué
#    said"; "Caracas has claimed the Essequibo region" (a territorial claim, not speech) and scare so-called
#    "Guayana Esequiba" state; minister "said A" (one clause with two verbs), quote with "Dr. Ramdass said",
#    "She noted that A"; opposition leader "said the shooting was "..." and called on ..." (partial;
#    directive), "He said A"; group "Miners ... told Demerara Waves that ... to demand "..." in gold" (partial
#    only); anonymous dredge owner named after his quote; CARICOM Secretariat "said in a statement that the
#    Community stood "..." behind ..." (partial only).
ARTICLES[f"{BATCH}/cuyuni-river-patrol-shooting-venezuela.gold.json"] = {
    "article": f"{BATCH}/cuyuni-river-patrol-shooting-venezuela.txt",
    "target": "Venezuela",
    "quotes": [
        (I, "Guyana Defence Force", "A Guyana Defence Force (GDF) patrol came under gunfire from the Venezuelan side of "
            "the Cuyuni River on Wednesday afternoon, wounding one soldier", None),
        (P, "Guyana Defence Force", "several bursts of automatic fire", None),
        (D, "Guyana Defence Force", "The patrol did not return fire, in keeping with its rules of engagement, and "
            "withdrew to a safe position,", None),
        (P, "Trevor Callender", "no doubt", None),
        (D, "Trevor Callender", "We saw the uniforms. We saw the boat go back to the island afterwards. This was not a "
            "gang, whatever Caracas may say,", None),
        (P, "Venezuela's Ministry of Foreign Affairs", "a new fabrication", None),
        (P, "Venezuela's Ministry of Foreign Affairs", "irregular groups", None),
        (D, "Venezuela's Ministry of Foreign Affairs", "The Bolivarian Republic of Venezuela will not accept provocations "
            "staged to justify the presence of foreign military forces in the Essequibo,", None),
        (S, None, "Guayana Esequiba", None),
        (I, "Kamla Ramdass", "the government had summoned Venezuela's chargé d'affaires in Georgetown and would raise "
            "the incident with the Organization of American States and the United Nations", None),
        (D, "Kamla Ramdass", "Guyana will respond through the law, not through the barrel of a gun. But let nobody "
            "mistake our patience for weakness,", None),
        (I, "Kamla Ramdass", "the International Court of Justice had ordered Venezuela in 2023 to refrain from any "
            "action that would change the situation on the ground in Essequibo", None),
        (P, "Desmond Fraser", "an act of aggression by the Venezuelan state", None),
        (I, "Desmond Fraser", "the GDF needed faster boats and better communications on the Cuyuni, where patrols can "
            "go hours without radio contact", None),
        (P, "Miners operating near Eteringbang", "taxes", None),
        (D, "one dredge owner", "Sometimes they come with the Guardia, sometimes with the sindicato, and you can't tell "
            "the difference,", None),
        (P, "CARICOM Secretariat", "firmly", None),
    ],
    "actors": [
        actor("Guyana Defence Force", "organisation", title="army", affiliation="Guyana",
              aliases=["Guyana Defence Force", "GDF", "the army"], stance=-1),
        actor("Trevor Callender", "person", title="Chief of Staff, Brigadier", affiliation="Guyana Defence Force",
              aliases=["Trevor Callender", "Callender"], stance=-1),
        actor("Venezuela's Ministry of Foreign Affairs", "government", affiliation="Venezuela",
              aliases=["Venezuela's Ministry of Foreign Affairs", "Ministry of Foreign Affairs"], stance=1),
        actor("Kamla Ramdass", "person", title="Foreign Affairs Minister", affiliation="Guyana",
              aliases=["Kamla Ramdass", "Ramdass", "Dr. Ramdass"], stance=-1),
        actor("Desmond Fraser", "person", title="Opposition Leader", affiliation="Guyana",
              aliases=["Desmond Fraser", "Fraser"], stance=-1),
        actor("Miners operating near Eteringbang", "group", aliases=["Miners operating near Eteringbang", "Miners"],
              stance=-1),
        actor("one dredge owner", "person", title="anonymous dredge owner", aliases=["one dredge owner"], stance=-1),
        actor("CARICOM Secretariat", "organisation", affiliation="CARICOM", aliases=["CARICOM Secretariat"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
