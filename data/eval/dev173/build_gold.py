"""Build the dev173 gold files (data/eval/dev173/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev173/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev173.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev173"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Gulf Today (UAE) sport diplomacy (Russia's football team to play a friendly in Dubai), headline without
#    speech, "Gulf Today Staff Reporter, Dubai" line, straight " and apostrophes, "Jan.9", "Dhs"; lede content
#    before "the UAE Football Association (UAEFA) said on Sunday"; UAEFA statement "said A and that it was
#    "..."" (indirect plus partial); RFU official "told reporters in Moscow that the game was "..."" (partial
#    only), "Okunev said", "He added that ... "..." and that B" (partial plus indirect); "The decision drew
#    criticism in Europe" (no speech); unnamed Ukrainian FA spokesperson "said A", "the spokesperson said";
#    "local media reported that A"; team manager "said the match would give the squad "..." during ..."
#    (partial only), "he told Gulf Today"; embassy "welcomed the announcement ..., describing the UAE as a
#    "..." that "..."" (two partials); law expert "said A and that friendlies ... were "..."" (indirect plus
#    partial), "she said"; content before "Andrei Volkov, who runs a fan club in the emirate, said", then
#    "Volkov said".
ARTICLES[f"{BATCH}/dubai-russia-football-friendly.gold.json"] = {
    "article": f"{BATCH}/dubai-russia-football-friendly.txt",
    "target": "Russia",
    "quotes": [
        (I, "UAE Football Association", "Russia's national football team will play a friendly against the UAE at Al "
            "Maktoum Stadium on Jan.9", None),
        (I, "UAE Football Association", "the match was part of the national team's preparations for the 2027 AFC Asian "
            "Cup", None),
        (P, "UAE Football Association", "in line with FIFA regulations on international friendlies", None),
        (P, "Maxim Okunev", "a sign that football is stronger than politics", None),
        (D, "Maxim Okunev", "We are grateful to our friends in the Emirates. The Russian team has been isolated for "
            "almost five years, and our players deserve to test themselves against serious opponents,", None),
        (P, "Maxim Okunev", "as soon as possible", None),
        (I, "Maxim Okunev", "it was in regular contact with FIFA", None),
        (I, "spokesperson for the Football Association of Ukraine", "the federation would write to FIFA to ask whether "
            "the match complied with the suspension", None),
        (D, "spokesperson for the Football Association of Ukraine", "Every friendly match gives the Russian state a "
            "propaganda victory while its army continues to kill Ukrainian athletes,", None),
        (I, "local media", "he was expected to call up most of the players who beat Qatar 2-1 in Doha in October", None),
        (P, "Khalid Al Nuaimi", "a very strong opponent", None),
        (D, "Khalid Al Nuaimi", "From a football point of view, Russia are one of the best teams we could play in "
            "January. That is our only consideration,", None),
        (P, "Russian Embassy in Abu Dhabi", "reliable partner", None),
        (P, "Russian Embassy in Abu Dhabi", "does not bow to external pressure", None),
        (I, "Amal Haddad", "FIFA's suspension applied only to competitive matches", None),
        (P, "Amal Haddad", "technically allowed", None),
        (D, "Amal Haddad", "FIFA's rules are one thing, and the reputation of the host is another. Each federation has to "
            "make its own calculation,", None),
        (I, "Andrei Volkov", "Russian supporters living in Dubai have already started organising travel for fans from "
            "Moscow and St Petersburg", None),
        (D, "Andrei Volkov", "Dubai is our second home. For many of us this will be the first time we see the national "
            "team live since 2021,", None),
    ],
    "actors": [
        actor("UAE Football Association", "organisation", title="football federation", affiliation="UAE",
              aliases=["UAE Football Association", "UAEFA"], stance=1),
        actor("Maxim Okunev", "person", title="general secretary", affiliation="Russian Football Union",
              aliases=["Maxim Okunev", "Okunev"], stance=1),
        actor("spokesperson for the Football Association of Ukraine", "person", title="spokesperson",
              affiliation="Football Association of Ukraine",
              aliases=["spokesperson for the Football Association of Ukraine", "the spokesperson"], stance=-1),
        actor("local media", "group", title="Russian media", affiliation=None, aliases=["local media"], stance=None),
        actor("Khalid Al Nuaimi", "person", title="UAE national team manager", affiliation="UAE Football Association",
              aliases=["Khalid Al Nuaimi", "Al Nuaimi"], stance=1),
        actor("Russian Embassy in Abu Dhabi", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Abu Dhabi"], stance=1),
        actor("Amal Haddad", "person", title="sports law expert", affiliation="university in Sharjah",
              aliases=["Amal Haddad", "Dr. Amal Haddad", "Haddad"], stance=0),
        actor("Andrei Volkov", "person", title="fan club organiser", affiliation="Dubai",
              aliases=["Andrei Volkov", "Volkov"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Tokyo Weekender culture (an artist's show closes amid a copying row), Title Case headline and a
#    standfirst with "says" but no quote marks (not annotated), byline and date lines, curly quotes and
#    apostrophes, American punctuation inside closing marks, present-tense "says" throughout, the work's title
#    without quote marks; Ghanaian artist introduced "who says A" (relative clause), quote with
#    "Asante-Mensah told Tokyo Weekender in a video call", "He says A", a quote after the indirect with "he
#    says" (its "She" is Kanazawa); gallery statement "said it had closed the exhibition "..." while ..."
#    (partial only), "The gallery said A"; artist "responded ... in a long post on Instagram" (act), "She
#    wrote that ... was "..." ..., and that B" (partial plus indirect), quote split by "she wrote"; gallerist
#    "went further, calling the accusations "..."" (partial, full stop inside); critic "says A", quote split by
#    "Hayashi says", "Hayashi says A"; curator "points out that A and says B" (two indirects), "Mori says";
#    "According to SCAS, A"; content before "her gallery confirmed" (Oda Fine Arts, not SCAS).
ARTICLES[f"{BATCH}/mio-kanazawa-exhibition-copying-row.gold.json"] = {
    "article": f"{BATCH}/mio-kanazawa-exhibition-copying-row.txt",
    "target": "Mio Kanazawa",
    "quotes": [
        (I, "Kwabena Asante-Mensah", "he first showed the patterns in Accra in 2019", None),
        (D, "Kwabena Asante-Mensah", "I am not angry that a Japanese artist likes my work. I am angry that my name is "
            "nowhere on the wall,", None),
        (I, "Kwabena Asante-Mensah", "he met Kanazawa at a residency in Berlin in 2021 and gave her a catalogue of his "
            "designs", None),
        (D, "Kwabena Asante-Mensah", "She asked me a lot of questions about the dyes. I thought it was friendship,", None),
        (P, "Shibuya Contemporary Art Space", "out of respect for all the artists involved", None),
        (I, "Shibuya Contemporary Art Space", "visitors who had bought advance tickets would receive a full refund", None),
        (P, "Mio Kanazawa", "a shared language", None),
        (I, "Mio Kanazawa", "her patterns came from the nets and currents of her hometown", None),
        (D, "Mio Kanazawa", "I have nothing to hide. I will show the panel every sketch I have made since 2018,", None),
        (D, "Mio Kanazawa", "But I understand why people are hurt, and I am listening.", None),
        (P, "Takeshi Oda", "a trial by social media.", None),
        (I, "Yuko Hayashi", "the resemblance is too close to be a coincidence", None),
        (D, "Yuko Hayashi", "Put the images side by side. It is not about indigo, it is about the exact rhythm of the "
            "lines,", None),
        (D, "Yuko Hayashi", "Japanese institutions have a long habit of treating artists from the Global South as raw "
            "material.", None),
        (I, "Yuko Hayashi", "she now regrets the warm tone of her original review", None),
        (I, "Daisuke Mori", "traditional shibori and West African adire techniques produce similar effects", None),
        (I, "Daisuke Mori", "both artists may have drawn on the same older sources", None),
        (D, "Daisuke Mori", "The panel has a real job to do. Neither the internet nor the gallery should decide this,",
            None),
        (I, "Shibuya Contemporary Art Space", "the panel, chaired by a retired professor of textile history, will report "
            "by the end of February", None),
        (I, "Oda Fine Arts", "Kanazawa’s next show, planned for Osaka in the spring, has been postponed", None),
    ],
    "actors": [
        actor("Kwabena Asante-Mensah", "person", title="artist", affiliation="Ghana",
              aliases=["Kwabena Asante-Mensah", "Asante-Mensah"], stance=-1),
        actor("Shibuya Contemporary Art Space", "organisation", title="gallery", affiliation="Tokyo",
              aliases=["Shibuya Contemporary Art Space", "SCAS", "The gallery"], stance=0),
        actor("Mio Kanazawa", "person", title="artist", affiliation="Kamakura",
              aliases=["Mio Kanazawa", "Kanazawa"], stance=1),
        actor("Takeshi Oda", "person", title="gallerist", affiliation="Oda Fine Arts",
              aliases=["Takeshi Oda", "Oda"], stance=1),
        actor("Yuko Hayashi", "person", title="art critic", affiliation="Asahi Shimbun (reviewer)",
              aliases=["Yuko Hayashi", "Hayashi"], stance=-1),
        actor("Daisuke Mori", "person", title="independent curator", affiliation=None,
              aliases=["Daisuke Mori", "Mori"], stance=0),
        actor("Oda Fine Arts", "organisation", title="Kanazawa's gallery", affiliation=None,
              aliases=["Oda Fine Arts", "her gallery"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The New Indian Express science (a PSLV launch failure), headline without speech, "Express News Service"
#    line, "THIRUVANANTHAPURAM:" dateline, straight " and apostrophes, Indian names with initials ("Dr A
#    Sreekumar", "Dr M Lakshmi Devi"), "Rs 420 crore"; lede content before "the Indian Space Research
#    Organisation (ISRO) said on Saturday"; "In a release, the space agency said A and would B" (one span);
#    chairman "said the first two stages had performed "..." and the problem began ..." (partial plus
#    indirect for the coordinated clause), quote with "Sreekumar told reporters", "He said A"; anonymous
#    official "said the two failures were "..." but that B" (partial plus indirect); former scientist "said A
#    and that B" (one span), "she said"; "The Opposition was less forgiving" (no speech); MP "said the
#    government had been "..." that ..." (partial only), "Menon said"; Department of Space "in a separate
#    statement, said A"; start-up founder "said the failure was a reminder that "..." for everyone" (partial
#    only), "Iyer said"; "According to ISRO, A"; group "Officials said A".
ARTICLES[f"{BATCH}/isro-pslv-third-stage-failure.gold.json"] = {
    "article": f"{BATCH}/isro-pslv-third-stage-failure.txt",
    "target": "Indian Space Research Organisation",
    "quotes": [
        (I, "Indian Space Research Organisation", "A drop in chamber pressure in the solid-fuel third stage caused Friday's "
            "failure of the PSLV-C64 mission, which was to place the EOS-11 earth observation satellite in orbit", None),
        (I, "Indian Space Research Organisation", "a Failure Analysis Committee (FAC) headed by former Vikram Sarabhai "
            "Space Centre (VSSC) director Dr K Radhakrishna Pillai had been constituted and would submit its report "
            "within a month", None),
        (P, "A Sreekumar", "exactly as expected", None),
        (I, "A Sreekumar", "the problem began about 330 seconds after lift-off", None),
        (D, "A Sreekumar", "We have the data from every sensor on the vehicle. We know where to look, and we will not "
            "fly again until we understand it fully,", None),
        (I, "A Sreekumar", "the EOS-11 satellite, built at a cost of around Rs 420 crore, could not be recovered and had "
            "fallen into the Indian Ocean", None),
        (P, "senior ISRO official", "not necessarily related", None),
        (I, "senior ISRO official", "the committee would examine whether the same batch of nozzle material had been "
            "used", None),
        (I, "M Lakshmi Devi", "the workhorse rocket had earned its reputation over 60 flights and that two failures did "
            "not change that", None),
        (D, "M Lakshmi Devi", "PSLV is still one of the most reliable launchers in the world. But ISRO must be "
            "transparent this time and publish the findings, not just a two-line summary,", None),
        (P, "Rajeev Menon", "so busy with announcements", None),
        (D, "Rajeev Menon", "When you launch a rocket every month for publicity, mistakes happen. The scientists are not "
            "to blame. The pressure from above is,", None),
        (I, "Department of Space", "the PSLV schedule for 2027, including two commercial launches for foreign customers, "
            "would be reviewed once the committee submitted its findings", None),
        (P, "Arjun Iyer", "space is hard", None),
        (D, "Arjun Iyer", "Our thoughts are with the ISRO team. We have all had bad days, and ISRO has always come back "
            "stronger,", None),
        (I, "Indian Space Research Organisation", "58 of the 62 PSLV launches since 1993 have been fully successful", None),
        (I, "Officials", "a replacement could be built within 18 months if funds were approved", None),
    ],
    "actors": [
        actor("Indian Space Research Organisation", "organisation", title="space agency", affiliation="India",
              aliases=["Indian Space Research Organisation", "ISRO", "the space agency"], stance=1),
        actor("A Sreekumar", "person", title="ISRO chairman", affiliation="Indian Space Research Organisation",
              aliases=["A Sreekumar", "Dr A Sreekumar", "Sreekumar"], stance=1),
        actor("senior ISRO official", "person", title="anonymous official", affiliation="Indian Space Research Organisation",
              aliases=["senior ISRO official"], stance=0),
        actor("M Lakshmi Devi", "person", title="former ISRO scientist", affiliation=None,
              aliases=["M Lakshmi Devi", "Dr M Lakshmi Devi", "Lakshmi Devi"], stance=0),
        actor("Rajeev Menon", "person", title="Congress MP from Thiruvananthapuram", affiliation="Congress",
              aliases=["Rajeev Menon", "Menon"], stance=0),
        actor("Department of Space", "government", title="government department", affiliation="India",
              aliases=["Department of Space"], stance=None),
        actor("Arjun Iyer", "person", title="co-founder", affiliation="Vyomik Aerospace",
              aliases=["Arjun Iyer", "Iyer"], stance=1),
        actor("Officials", "group", title="officials", affiliation=None, aliases=["Officials"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Solomon Times diplomacy/climate (Honiara questions Australia's coal approvals), headline without
#    speech, "Solomon Times Online" / "Honiara, 5 December 2026" lines, straight " and apostrophes (inside a
#    name: Ramo'ofe), "Hon.", "Ms", "Mr", "AUD", "SBD"; government "has expressed "..." over ..." (partial);
#    minister with a long title chain "told Solomon Times that A", quote with "the Minister said", "He said
#    A"; High Commissioner "said Australia was "..." to net zero ... and that B" (partial plus indirect),
#    "Ms Tulloch said", "She noted that A"; community leader "said A", "he said by phone from Luaniua";
#    opposition leader "said the government's statement was "..."" (partial, full stop inside), "He said A";
#    youth network "said in a statement that ... were "..." and called on Canberra to ..." (partial; the
#    call is a directive); anonymous diplomat "said A", "the diplomat said"; "According to the Solomon
#    Islands Meteorological Service, A".
ARTICLES[f"{BATCH}/solomons-australia-coal-climate-finance.gold.json"] = {
    "article": f"{BATCH}/solomons-australia-coal-climate-finance.txt",
    "target": "Australia",
    "quotes": [
        (P, "Solomon Islands Government", "deep disappointment", None),
        (I, "Derek Maneniaru", "Australia could not ask Pacific countries to treat it as a partner on climate while it "
            "continued to expand fossil fuel production", None),
        (D, "Derek Maneniaru", "We are grateful for the support Australia gives us, for the seawalls, the water tanks, the "
            "scholarships. But no amount of aid can build a seawall high enough if the emissions keep rising,", None),
        (I, "Derek Maneniaru", "the government would raise the approvals at the Pacific Islands Forum ministers' meeting "
            "in Suva next month", None),
        (P, "Rebecca Tulloch", "firmly committed", None),
        (I, "Rebecca Tulloch", "the approved projects would mostly supply steel-making coal rather than coal for power "
            "stations", None),
        (D, "Rebecca Tulloch", "Australia's relationship with Solomon Islands is built on listening, and we have heard "
            "the concerns of the Government. We will keep working together on the things that matter most to "
            "communities here,", None),
        (I, "Rebecca Tulloch", "Australia had committed AUD 120 million in climate and disaster resilience support to "
            "Solomon Islands over the next four years", None),
        (I, "Joseph Keniapisia", "people were not interested in the difference between types of coal", None),
        (D, "Joseph Keniapisia", "Our grandparents are buried on land that the sea is taking. When I hear Australia "
            "approve more mines, I think they do not see us,", None),
        (P, "Peter Ramo'ofe", "too little, too late.", None),
        (I, "Peter Ramo'ofe", "logging was doing more damage to the country's own forests and reefs than any coal mine "
            "in Australia", None),
        (P, "Solomon Islands Climate Youth Network", "a betrayal of its Pacific family", None),
        (I, "Pacific diplomat in Honiara", "the issue was likely to dominate the next Forum leaders' meeting", None),
        (D, "Pacific diplomat in Honiara", "Australia wants the Pacific on its side on security. It will have to pay "
            "attention to what the Pacific says on climate,", None),
        (I, "Solomon Islands Meteorological Service", "sea levels around the country have risen by about 8 millimetres a "
            "year since 1993, nearly three times the global average", None),
    ],
    "actors": [
        actor("Solomon Islands Government", "government", title="government", affiliation="Solomon Islands",
              aliases=["Solomon Islands Government", "the government"], stance=-1),
        actor("Derek Maneniaru", "person",
              title="Minister for Environment, Climate Change, Disaster Management and Meteorology",
              affiliation="Solomon Islands", aliases=["Derek Maneniaru", "Hon. Derek Maneniaru", "Maneniaru", "the Minister"],
              stance=-1),
        actor("Rebecca Tulloch", "person", title="Australian High Commissioner to Solomon Islands", affiliation="Australia",
              aliases=["Rebecca Tulloch", "Ms Tulloch", "Tulloch"], stance=1),
        actor("Joseph Keniapisia", "person", title="community leader", affiliation="Ontong Java",
              aliases=["Joseph Keniapisia", "Mr Joseph Keniapisia", "Keniapisia"], stance=-1),
        actor("Peter Ramo'ofe", "person", title="Leader of the Opposition", affiliation="Solomon Islands",
              aliases=["Peter Ramo'ofe", "Hon. Peter Ramo'ofe", "Ramo'ofe"], stance=0),
        actor("Solomon Islands Climate Youth Network", "organisation", title="youth climate group",
              affiliation="Solomon Islands", aliases=["Solomon Islands Climate Youth Network"], stance=-1),
        actor("Pacific diplomat in Honiara", "person", title="anonymous diplomat", affiliation=None,
              aliases=["Pacific diplomat in Honiara", "the diplomat"], stance=0),
        actor("Solomon Islands Meteorological Service", "government", title="meteorological service",
              affiliation="Solomon Islands", aliases=["Solomon Islands Meteorological Service"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
