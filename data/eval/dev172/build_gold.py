"""Build the dev172 gold files (data/eval/dev172/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev172/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev172.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev172"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Eleven Myanmar (Eleven Media Group) energy diplomacy (a roadmap with Rosatom for a small nuclear plant),
#    headline without speech, "Eleven Media Group" / "December 5, 2026" lines, straight " and apostrophes,
#    Burmese names with the honorifics U and Daw-style titles ("U Kyaw Zin Oo", "Dr. Khin Mar Htay"),
#    "Mr." for the Russian; lede content before "the Ministry of Electric Power stated"; "the Union Minister
#    said A" (title as name), quote with "U Kyaw Zin Oo said"; Rosatom director "said A and would B" (one
#    span), "he said"; ambassador "described the agreement as "..." in bilateral relations, which he said
#    had reached "..."" (two partials), "the ambassador told Eleven Media"; "According to the ministry, A";
#    content before "an official from the ministry said on condition of anonymity"; "Some energy experts
#    have voiced doubts" (act); lecturer "said ... while the electricity shortage was happening "..."" (partial
#    only), "she said", "She added that A"; group "said in a statement that Myanmar was "..." ... and that
#    B" (partial plus indirect), "the statement read"; scare so-called "dry-season gap".
ARTICLES[f"{BATCH}/myanmar-rosatom-small-reactor.gold.json"] = {
    "article": f"{BATCH}/myanmar-rosatom-small-reactor.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Electric Power", "Myanmar and Russia's state atomic energy corporation Rosatom signed a roadmap on "
            "Thursday for the construction of a 110-megawatt small modular nuclear power plant in the Nay Pyi Taw Union "
            "Territory, with the first unit expected to be operational by 2033", None),
        (I, "U Kyaw Zin Oo", "the country's electricity demand was growing by around 10 per cent each year while "
            "hydropower generation fell sharply during the dry season", None),
        (D, "U Kyaw Zin Oo", "Nuclear energy will give our people a stable supply of electricity for sixty years. We have "
            "chosen a partner that has proven technology and that has stood by Myanmar in difficult times,", None),
        (I, "Pavel Lebedinsky", "Rosatom would train around 300 Myanmar engineers and technicians in Russia, starting "
            "next year, and would supply the fuel for the whole lifetime of the plant", None),
        (D, "Pavel Lebedinsky", "Small reactors are the right size for a country like Myanmar. The plant can be built in "
            "stages, and the grid does not need to be completely rebuilt,", None),
        (P, "Alexei Semyonov", "a new chapter", None),
        (P, "Alexei Semyonov", "the highest level in their history", None),
        (D, "Alexei Semyonov", "Russia does not attach political conditions to its cooperation. We respect the choices of "
            "the Myanmar people,", None),
        (I, "Ministry of Electric Power", "the two sides will complete a feasibility study, including site surveys and "
            "seismic assessments, within eighteen months", None),
        (I, "official from the ministry", "A reactor mounted on a barge and moored in the Ayeyarwady delta was also "
            "discussed but is not part of the roadmap", None),
        (P, "Khin Mar Htay", "right now", None),
        (D, "Khin Mar Htay", "Solar and gas can be added in two or three years. Nuclear is a long-term idea, and we do "
            "not yet know who will pay for it and on what terms,", None),
        (I, "Khin Mar Htay", "Myanmar would also need to set up an independent nuclear regulator with trained inspectors "
            "before any construction begins", None),
        (P, "Green Ayeyarwady", "not ready", None),
        (I, "Green Ayeyarwady", "the plant would deepen the country's dependence on Russia", None),
        (D, "Green Ayeyarwady", "Russia is not doing Myanmar a favour. It is selling a reactor, and Myanmar will be paying "
            "for it for decades,", None),
        (S, None, "dry-season gap", None),
    ],
    "actors": [
        actor("Ministry of Electric Power", "government", title="electricity ministry", affiliation="Myanmar",
              aliases=["Ministry of Electric Power", "the ministry"], stance=1),
        actor("U Kyaw Zin Oo", "person", title="Union Minister for Electric Power", affiliation="Myanmar",
              aliases=["U Kyaw Zin Oo", "Kyaw Zin Oo", "Union Minister"], stance=1),
        actor("Pavel Lebedinsky", "person", title="director for Asian projects", affiliation="Rosatom",
              aliases=["Pavel Lebedinsky", "Mr. Lebedinsky", "Lebedinsky"], stance=1),
        actor("Alexei Semyonov", "person", title="Russian Ambassador to Myanmar", affiliation="Russia",
              aliases=["Alexei Semyonov", "Semyonov", "the ambassador"], stance=1),
        actor("official from the ministry", "person", title="anonymous official", affiliation="Ministry of Electric Power",
              aliases=["official from the ministry"], stance=None),
        actor("Khin Mar Htay", "person", title="former lecturer", affiliation="Yangon Technological University",
              aliases=["Khin Mar Htay", "Dr. Khin Mar Htay"], stance=0),
        actor("Green Ayeyarwady", "organisation", title="environmental organisation", affiliation=None,
              aliases=["Green Ayeyarwady"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Borneo Post (Sarawak) environment (a Penan blockade against logging), headline without speech,
#    byline, "MIRI:" dateline with a colon, straight " and apostrophes, "Sdn Bhd", "Tua Kampung", "Datuk",
#    "Supt"; group lede "About 80 Penan villagers ... have set up a blockade ..., saying A" (participial cue);
#    headman "told The Borneo Post yesterday that A", "he said when met at the blockade site", "He said the
#    villagers would stay ... "..." and that B" (partial plus indirect); company statement "said it held A and
#    had B" (one span), "the statement said", "The company added that A and that it was "..."" (indirect plus
#    partial); Forest Department spokesperson "confirmed that A but said B" (two indirects); assemblyman with
#    the same name Ngau as the headman (not related), "said A", "he said"; NGO coordinator named after her
#    quote ("said Celine Lim Wan Ting, coordinator of ... SAVE Rivers"), "She claimed that A"; police chief
#    "said A and that B" (one span), "He urged ... and reminded ..." (directives); anonymous worker "said A",
#    "he said"; "The villagers have described their action as a "..." rather than a blockade" (partial).
ARTICLES[f"{BATCH}/baram-penan-blockade-logging.gold.json"] = {
    "article": f"{BATCH}/baram-penan-blockade-logging.txt",
    "target": "Lembah Baram Timber",
    "quotes": [
        (I, "Penan villagers", "timber company Lembah Baram Timber Sdn Bhd had entered forest that they use for hunting "
            "and gathering", None),
        (I, "Pelutan Ngau", "the community had not been consulted before bulldozers started clearing a new road about "
            "four kilometres from the village", None),
        (D, "Pelutan Ngau", "This forest is our supermarket and our pharmacy. If they take it, our children will have "
            "nothing,", None),
        (P, "Pelutan Ngau", "as long as it takes", None),
        (I, "Pelutan Ngau", "they had sent a letter to the Premier of Sarawak asking for the area to be excluded from the "
            "company's licence", None),
        (I, "Lembah Baram Timber", "it held a valid timber licence for the area and had carried out all operations in "
            "line with the requirements of the Forest Department Sarawak", None),
        (D, "Lembah Baram Timber", "The company respects the rights of the local communities and has always been open to "
            "dialogue. We have invited the village leaders to a meeting in Miri next week,", None),
        (I, "Lembah Baram Timber", "the blockade had left about 120 of its workers idle", None),
        (P, "Lembah Baram Timber", "assessing the losses", None),
        (I, "Forest Department Sarawak spokesperson", "the licence was valid until 2031", None),
        (I, "Forest Department Sarawak spokesperson", "the department would send officers to verify the boundaries of the "
            "area being logged", None),
        (I, "Dennis Ngau", "he had raised the matter with the relevant ministry", None),
        (D, "Dennis Ngau", "I am not against development, but development must not mean that our Penan communities lose "
            "the forest they depend on. Both sides must sit down together,", None),
        (D, "Celine Lim Wan Ting", "This is the third blockade in the upper Baram this year. The pattern is always the "
            "same. Licences are issued in Kuching, nobody informs the villagers, and then the bulldozers arrive,", None),
        (I, "Celine Lim Wan Ting", "parts of the licensed area overlapped with the proposed Baram Peace Park, a "
            "community-led conservation area", None),
        (I, "Mohd Rizal Abdullah", "police had been monitoring the situation and that the blockade had so far been "
            "peaceful", None),
        (I, "worker at the company's base camp", "many of his colleagues were from Baram themselves", None),
        (D, "worker at the company's base camp", "We are also local people. We also need to feed our families,", None),
        (P, "Penan villagers", "peaceful gathering", None),
    ],
    "actors": [
        actor("Penan villagers", "group", title="villagers of Long Lamai and two neighbouring settlements",
              affiliation="upper Baram", aliases=["Penan villagers", "The villagers"], stance=-1),
        actor("Pelutan Ngau", "person", title="village headman (Tua Kampung)", affiliation="Long Lamai",
              aliases=["Pelutan Ngau", "Tua Kampung Pelutan Ngau", "Pelutan"], stance=-1),
        actor("Lembah Baram Timber", "organisation", title="timber company", affiliation="Sarawak",
              aliases=["Lembah Baram Timber", "Lembah Baram Timber Sdn Bhd", "The company"], stance=1),
        actor("Forest Department Sarawak spokesperson", "person", title="spokesperson",
              affiliation="Forest Department Sarawak", aliases=["Forest Department Sarawak spokesperson"], stance=0),
        actor("Dennis Ngau", "person", title="Telang Usan assemblyman", affiliation="Sarawak State Legislative Assembly",
              aliases=["Dennis Ngau", "Datuk Dennis Ngau"], stance=0),
        actor("Celine Lim Wan Ting", "person", title="coordinator", affiliation="SAVE Rivers",
              aliases=["Celine Lim Wan Ting", "Lim"], stance=-1),
        actor("Mohd Rizal Abdullah", "person", title="Baram police chief", affiliation="Royal Malaysia Police",
              aliases=["Mohd Rizal Abdullah", "Supt Mohd Rizal Abdullah"], stance=None),
        actor("worker at the company's base camp", "person", title="anonymous worker", affiliation="Lembah Baram Timber",
              aliases=["worker at the company's base camp"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Euro Weekly News (Spain, Costa del Sol) crime/local politics (a Mijas councillor arrested over
#    building licences), Title Case headline without speech, "By NAME • Published: ..." line, lede opening
#    in capitals ("MIJAS councillor ..."), straight " and apostrophes, "€", Spanish double surnames
#    (Moreno Lozano, Castillo Ruiz, Ruiz Navas: "Ruiz" is Laura Ruiz Navas's first surname and the mayor's
#    second); lede content before "the force has confirmed"; Guardia Civil statement "said A, and that B"
#    (one span), "the statement added"; "According to sources close to the investigation quoted by Diario
#    Sur, A"; scare so-called "fast-track" licences; Town Hall "said in a statement that it was A and had
#    suspended Moreno ... "..."" (indirect plus partial); mayor "told reporters ... that A", "Castillo said",
#    "She stressed that A"; lawyer "said his client "..." all of the accusations" (partial only), quote with
#    "Jiménez said, adding that A"; opposition spokesperson "said A", "she said"; British resident "told Euro
#    Weekly News that A", "he said"; anonymous resident "said A", "she said"; "IMAGE: ... Credit: ..." caption.
ARTICLES[f"{BATCH}/mijas-councillor-licences-arrest.gold.json"] = {
    "article": f"{BATCH}/mijas-councillor-licences-arrest.txt",
    "target": "Francisco Javier Moreno Lozano",
    "quotes": [
        (I, "Guardia Civil", "MIJAS councillor Francisco Javier Moreno Lozano has been arrested by the Guardia Civil as "
            "part of an investigation into the alleged sale of building licences for villas on rustic land", None),
        (I, "Guardia Civil", "the four were suspected of bribery, influence peddling and crimes against land planning, and "
            "that officers had searched the town hall's planning department for more than seven hours", None),
        (D, "Guardia Civil", "The investigation began after several complaints from residents and is still open. Further "
            "arrests are not ruled out,", None),
        (I, "sources close to the investigation", "the developer allegedly paid between €6,000 and €15,000 for each "
            "licence", None),
        (S, None, "fast-track", None),
        (I, "Mijas Town Hall", "it was cooperating fully with the investigation", None),
        (P, "Mijas Town Hall", "as a precaution", None),
        (I, "Ana Belén Castillo Ruiz", "she had learned of the arrest from the news", None),
        (D, "Ana Belén Castillo Ruiz", "If any of this is true, it is a betrayal of the people of Mijas and of this team. "
            "If it is not, I will be the first to say so,", None),
        (I, "Ana Belén Castillo Ruiz", "the presumption of innocence applied to everyone", None),
        (P, "Rafael Jiménez", "categorically denies", None),
        (D, "Rafael Jiménez", "My client has never accepted a single euro from anyone. Every licence he signed was backed "
            "by a technical report from the municipal architects,", None),
        (I, "Rafael Jiménez", "Moreno would cooperate with the judge", None),
        (I, "Laura Ruiz Navas", "the party had warned about irregularities in the planning department for two years", None),
        (D, "Laura Ruiz Navas", "We asked for an audit in 2024 and the governing team voted against it. Now we know why,",
            None),
        (I, "Graham Pike", "several villas had appeared on the hillside opposite his house over the past year", None),
        (D, "Graham Pike", "We complained to the town hall three times and never got an answer. We just assumed someone "
            "upstairs had signed off on it,", None),
        (I, "Another resident", "she had tried to get a licence for a small extension in 2024 and had been told it was "
            "impossible", None),
        (D, "Another resident", "Then my neighbour got a whole swimming pool in a month. Now I understand how,", None),
    ],
    "actors": [
        actor("Guardia Civil", "organisation", title="police force", affiliation="Spain",
              aliases=["Guardia Civil", "the force"], stance=-1),
        actor("sources close to the investigation", "group", title="anonymous sources (quoted by Diario Sur)",
              affiliation=None, aliases=["sources close to the investigation"], stance=-1),
        actor("Mijas Town Hall", "government", title="town hall", affiliation="Mijas",
              aliases=["Mijas Town Hall"], stance=0),
        actor("Ana Belén Castillo Ruiz", "person", title="Mayor of Mijas", affiliation="Mijas Town Hall",
              aliases=["Ana Belén Castillo Ruiz", "Castillo"], stance=0),
        actor("Rafael Jiménez", "person", title="lawyer for Francisco Javier Moreno Lozano", affiliation=None,
              aliases=["Rafael Jiménez", "Jiménez"], stance=1),
        actor("Laura Ruiz Navas", "person", title="PSOE spokesperson in Mijas", affiliation="PSOE",
              aliases=["Laura Ruiz Navas", "Ruiz"], stance=-1),
        actor("Graham Pike", "person", title="British resident, 68", affiliation="Entrerríos",
              aliases=["Graham Pike", "Pike"], stance=-1),
        actor("Another resident", "person", title="anonymous resident", affiliation="Mijas",
              aliases=["Another resident"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Loop PNG (Papua New Guinea) labour (teachers threaten a strike over leave fares and arrears), headline
#    without speech, "Author:" and "Publication date:" lines, straight " and apostrophes, "Ms"/"Mr" with the
#    full name and the surname, kina amounts ("K48 million"), "kaukau"; lede ultimatum (an act, not speech);
#    general secretary "said A, while B" (one span), quote with "Ms Kila said" and a quote-only paragraph,
#    "She said A"; TSC chairman "said the Commission acknowledged the arrears and that it was "..." to clear
#    them" (indirect plus partial), "He said A, but B" (one span), quote with "Mr Tamarua said", "He said A,
#    and appealed to teachers to ..." (indirect; the appeal is a directive); Treasury statement "said A, and
#    that B" (one span); minister "told Loop PNG A" (no "that"), "he said"; anonymous teacher "said A", "she
#    said"; anonymous officer "claimed that the payroll system had been "..." for years and that B" (partial
#    plus indirect); scare so-called "ghost teachers"; "According to the Department of Education, A"; "have
#    urged both parties to avoid a strike" (directive).
ARTICLES[f"{BATCH}/png-teachers-pay-arrears-tsc.gold.json"] = {
    "article": f"{BATCH}/png-teachers-pay-arrears-tsc.txt",
    "target": "Teaching Service Commission",
    "quotes": [
        (I, "Dorcas Kila", "more than 9,000 teachers were still waiting for leave fares owed to them since 2024, while "
            "hundreds of newly graduated teachers posted this year had not received a single fortnightly pay", None),
        (D, "Dorcas Kila", "Our members are going to school hungry. Some of them have borrowed money from loan sharks just "
            "to feed their families in the towns where they were posted,", None),
        (D, "Dorcas Kila", "We have written to the Commission five times this year. We are tired of promises.", None),
        (I, "Dorcas Kila", "the association's national executive had voted unanimously on Friday in support of the strike "
            "notice", None),
        (I, "Joseph Tamarua", "the Commission acknowledged the arrears", None),
        (P, "Joseph Tamarua", "doing everything within its powers", None),
        (I, "Joseph Tamarua", "the Commission had submitted a request for K48 million to the Department of Treasury in "
            "September, but only K12 million had been released so far", None),
        (D, "Joseph Tamarua", "The Commission does not print money. We process the payments once the funds reach us, and "
            "we have cleared nearly 3,000 leave fare claims since July,", None),
        (I, "Joseph Tamarua", "the delays for new graduates were caused by incomplete appointment papers from some "
            "provincial education offices", None),
        (I, "Department of Treasury", "a further K20 million would be released before Christmas, and that the remaining "
            "amount would be included in the 2027 budget allocation", None),
        (I, "Peter Wagambie", "he had met both the Commission and the PNGTA and was confident the matter would be resolved "
            "before schools reopen", None),
        (D, "Peter Wagambie", "Nobody wants to see our children sitting in empty classrooms. I have asked the Commission "
            "to give priority to the teachers in the remote schools,", None),
        (I, "teacher at a primary school in the Bulolo District of Morobe", "she had not been paid since she started in "
            "February", None),
        (D, "teacher at a primary school in the Bulolo District of Morobe", "I am living on the kindness of the parents. "
            "They bring me kaukau and greens. That is not how a teacher should live,", None),
        (P, "senior officer at the Commission", "in a mess", None),
        (I, "senior officer at the Commission", "some names on the list of claimants were not genuine", None),
        (S, None, "ghost teachers", None),
        (I, "Department of Education", "about 62,000 teachers are employed in the country's public schools", None),
    ],
    "actors": [
        actor("Dorcas Kila", "person", title="general secretary", affiliation="PNG Teachers Association",
              aliases=["Dorcas Kila", "Ms Dorcas Kila", "Ms Kila", "Kila"], stance=-1),
        actor("Joseph Tamarua", "person", title="chairman", affiliation="Teaching Service Commission",
              aliases=["Joseph Tamarua", "Mr Joseph Tamarua", "Mr Tamarua", "Tamarua"], stance=1),
        actor("Department of Treasury", "government", title="treasury department", affiliation="Papua New Guinea",
              aliases=["Department of Treasury"], stance=None),
        actor("Peter Wagambie", "person", title="Education Minister", affiliation="Papua New Guinea",
              aliases=["Peter Wagambie", "Mr Peter Wagambie", "Wagambie"], stance=0),
        actor("teacher at a primary school in the Bulolo District of Morobe", "person", title="anonymous teacher",
              affiliation="Bulolo District", aliases=["teacher at a primary school in the Bulolo District of Morobe"],
              stance=-1),
        actor("senior officer at the Commission", "person", title="anonymous senior officer",
              affiliation="Teaching Service Commission", aliases=["senior officer at the Commission"], stance=-1),
        actor("Department of Education", "government", title="education department", affiliation="Papua New Guinea",
              aliases=["Department of Education"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
