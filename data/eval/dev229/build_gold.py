"""Build the dev229 gold files (data/eval/dev229/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev228/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev229/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev229.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev229"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Barbados Advocate (Barbados) sport (the West Indies lead selector defends dropping a Barbadian fast bowler),
#    headline with a straight single fragment "Bascombe: Greaves must 'earn his place back'", byline, straight " and
#    ' (apostrophes in "next month's", "Barbados'", "don't", "can't"); lede "has defended the decision ..., saying A"
#    (participial indirect); quote with "Bascombe told a press conference", then an open paragraph (no closing mark)
#    and a closed quote-only paragraph; content before "according to CWI records"; player "said he was "..." and
#    thanked fans" (partial only; thanking is an act); association president "said the association was "..." by the
#    omission and would seek ..." (partial only, no second subject), "Clarke said"; "Not everyone agreed"; former
#    bowler "said A", quote with "St Hill told the Barbados Advocate"; board "said in a statement that Greaves had been
#    included in its "..." for fast bowlers and that B" (partial plus indirect); scare so-called "two-kilometre time
#    trial" standard; players' association "said it was in contact ... and would "..."" (partial only); fans named
#    after their quotes.
ARTICLES[f"{BATCH}/greaves-omission-bascombe.gold.json"] = {
    "article": f"{BATCH}/greaves-omission-bascombe.txt",
    "target": "Carlton Bascombe",
    "quotes": [
        (P, "Carlton Bascombe", "earn his place back", "Bascombe: Greaves"),
        (I, "Carlton Bascombe", "the 27-year-old had not done enough in the regional four-day season", None),
        (D, "Carlton Bascombe", "Jomel knows what he has to do. He has to take wickets in the first-class season, and he "
            "has to be fit for five days, not three,", None),
        (D, "Carlton Bascombe", "Nobody is closing the door on him.", None),
        (D, "Carlton Bascombe", "But he has to earn his place back, like everyone else.", None),
        (I, "Cricket West Indies", "He has played only two of Barbados' six matches this season", None),
        (P, "Jomel Greaves", "fully fit and ready", None),
        (P, "Neville Clarke", "disappointed and surprised", None),
        (D, "Neville Clarke", "Jomel bowled 140 kilometres an hour in the last round. I don't know what more a fast "
            "bowler has to show,", None),
        (I, "Everton St Hill", "the selectors had got it right", None),
        (D, "Everton St Hill", "He has played two first-class matches in six months. You can't pick a Test bowler on "
            "reputation,", None),
        (P, "Cricket West Indies", "high-performance programme", None),
        (I, "Cricket West Indies", "his fitness would be reviewed in January", None),
        (S, None, "two-kilometre time trial", None),
        (P, "West Indies Players' Association", "support him in any way he needs", None),
        (D, "Marcus Alleyne", "He was our best bowler last year. This is politics,", None),
        (D, "Sharon Best", "Fitness is fitness. If you can't last five days, you can't play Test cricket,", None),
    ],
    "actors": [
        actor("Carlton Bascombe", "person", title="West Indies lead selector", affiliation="Cricket West Indies",
              aliases=["Carlton Bascombe", "Bascombe"], stance=1),
        actor("Cricket West Indies", "organisation", title="cricket board (its statement and records)",
              affiliation="West Indies", aliases=["Cricket West Indies", "CWI"], stance=1),
        actor("Jomel Greaves", "person", title="Barbados fast bowler, 27", affiliation="Barbados",
              aliases=["Jomel Greaves", "Greaves", "Jomel", "the bowler"], stance=-1),
        actor("Neville Clarke", "person", title="president", affiliation="Barbados Cricket Association",
              aliases=["Neville Clarke", "Dr Neville Clarke", "Clarke"], stance=-1),
        actor("Everton St Hill", "person", title="former West Indies fast bowler, commentator", affiliation=None,
              aliases=["Everton St Hill", "St Hill"], stance=1),
        actor("West Indies Players' Association", "organisation", title="players' association", affiliation=None,
              aliases=["West Indies Players' Association", "WIPA"], stance=0),
        actor("Marcus Alleyne", "person", title="taxi driver from St Philip, fan", affiliation=None,
              aliases=["Marcus Alleyne", "Alleyne"], stance=-1),
        actor("Sharon Best", "person", title="season ticket holder, fan", affiliation=None,
              aliases=["Sharon Best", "Best"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Assam Tribune (Guwahati, India) disaster (an embankment breach floods 30 villages), headline without speech,
#    "Staff Reporter", dateline "NORTH LAKHIMPUR, July 9:", straight " and apostrophes, "Rs 4.2 crore"; lede content
#    before "officials said" (group); content before "according to the daily flood report of the Assam State Disaster
#    Management Authority (ASDMA)"; group "Villagers of Joyhing alleged that the breach had been caused by "..." and
#    that B" (partial plus indirect; "allege" is a cue); villager named after his quote, then a quote-only paragraph;
#    scare so-called "vulnerable points"; minister "said the breach had occurred because of an "..." release ..."
#    (partial only), quote with "the minister told reporters", "He said A and that B" (one span); anonymous engineer
#    "who did not wish to be named, said A"; power corporation "said in a statement that water had been released "..."
#    and that B" (partial plus indirect); deputy commissioner "said A and that B" (one span); MLA "called the minister's
#    explanation "..."" (partial), then a question "he asked".
ARTICLES[f"{BATCH}/lakhimpur-embankment-breach.gold.json"] = {
    "article": f"{BATCH}/lakhimpur-embankment-breach.txt",
    "target": "Water Resources Department",
    "quotes": [
        (I, "officials", "More than 30 villages in Lakhimpur district were inundated after a 200-metre stretch of the "
            "Ranganadi embankment gave way near Joyhing early on Tuesday", None),
        (I, "Assam State Disaster Management Authority", "About 41,000 people have been affected in the district", None),
        (P, "Villagers of Joyhing", "years of patchwork repairs", None),
        (I, "Villagers of Joyhing", "they had warned the Water Resources Department about cracks in the embankment in "
            "April", None),
        (D, "Dilip Gogoi", "We gave a written complaint to the department. Nobody came. Now our paddy is under six feet "
            "of water,", None),
        (D, "Dilip Gogoi", "My mother is staying in a relief camp at the school. We have nothing left except what we "
            "were wearing.", None),
        (S, None, "vulnerable points", None),
        (P, "Pranjal Saikia", "unprecedented", None),
        (D, "Pranjal Saikia", "The embankment was strengthened in 2023 at a cost of Rs 4.2 crore. No embankment can "
            "withstand a sudden surge of that scale,", None),
        (I, "Pranjal Saikia", "repair work would begin as soon as the water receded and that an inquiry had been ordered",
            None),
        (I, "executive engineer of the department", "the 2023 work had covered only a 1.5-km stretch downstream of the "
            "breach point", None),
        (P, "North Eastern Electric Power Corporation", "as per the standard operating procedure", None),
        (I, "North Eastern Electric Power Corporation", "downstream authorities had been alerted six hours in advance",
            None),
        (I, "Rituparna Bora", "14 relief camps had been opened and that the Army had been called in to evacuate families "
            "stranded on rooftops in Dhalpur and Bihpuria", None),
        (P, "Bhaskar Phukan", "a shameful attempt to pass the buck.", None),
        (D, "Bhaskar Phukan", "Every year the department spends crores on the same embankments, and every year they "
            "break. Where is the money going?", None),
    ],
    "actors": [
        actor("officials", "group", title="officials (district and department)", affiliation=None,
              aliases=["officials"], stance=None),
        actor("Assam State Disaster Management Authority", "government", title="disaster management authority "
              "(its daily flood report)", affiliation="Government of Assam",
              aliases=["Assam State Disaster Management Authority", "ASDMA"], stance=None),
        actor("Villagers of Joyhing", "group", title="villagers", affiliation=None, aliases=["Villagers of Joyhing"],
              stance=-1),
        actor("Dilip Gogoi", "person", title="villager, 52, Joyhing", affiliation=None,
              aliases=["Dilip Gogoi", "Gogoi"], stance=-1),
        actor("Pranjal Saikia", "person", title="Water Resources Minister", affiliation="Government of Assam",
              aliases=["Pranjal Saikia", "Saikia", "the minister"], stance=1),
        actor("executive engineer of the department", "person", title="executive engineer (anonymous)",
              affiliation="Water Resources Department", aliases=["executive engineer of the department"], stance=-1),
        actor("North Eastern Electric Power Corporation", "organisation", title="power corporation (operates the "
              "Ranganadi project)", affiliation=None,
              aliases=["North Eastern Electric Power Corporation", "NEEPCO"], stance=-1),
        actor("Rituparna Bora", "person", title="Deputy Commissioner", affiliation="Lakhimpur district administration",
              aliases=["Rituparna Bora", "Bora"], stance=None),
        actor("Bhaskar Phukan", "person", title="MLA", affiliation="Congress",
              aliases=["Bhaskar Phukan", "Phukan"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Dubrovnik Times (Croatia, English-language) tourism/local government (the mayor caps cruise ships at two a
#    day), headline without speech, no byline, curly “ ” and ’; lede "has announced that A"; quote split by "Kralj told
#    The Dubrovnik Times"; "The mayor said A"; scare so-called “Respect the City” programme ("after UNESCO raised
#    concerns": no content); content before "according to the Dubrovnik Tourist Board"; port authority "said A", its
#    director in an apposition "said A", "she said"; cruise association "said in a statement that it was “...” by the
#    decision and that its members had “...” spread ..." (two partials, no indirect); group "Owners of souvenir shops
#    on the Stradun said A"; shop owner named after her quote; residents' association "called the cap “...” but said it
#    would judge the mayor “...”" (two partials); "was blunter" (no speech), councillor's quote with "he said";
#    "rejected the criticism" (act), then a quote split by "he said".
ARTICLES[f"{BATCH}/dubrovnik-cruise-cap.gold.json"] = {
    "article": f"{BATCH}/dubrovnik-cruise-cap.txt",
    "target": "Dino Kralj",
    "quotes": [
        (I, "Dino Kralj", "no more than two cruise ships and 4,000 cruise passengers a day will be allowed to call at the "
            "city from next April", None),
        (D, "Dino Kralj", "The Old Town has 1,100 residents left. On a bad day in August we had 10,000 cruise visitors "
            "inside the walls before lunch,", None),
        (D, "Dino Kralj", "That is not tourism. That is a siege.", None),
        (I, "Dino Kralj", "the city would also charge cruise passengers 5 euros to enter the city walls, with the money "
            "going to the restoration of the Old Town’s palaces", None),
        (S, None, "Respect the City", None),
        (I, "Dubrovnik Tourist Board", "Cruise passengers made up about 17 per cent of the city’s 1.6 million visitors "
            "last year", None),
        (I, "Port of Dubrovnik Authority", "the new limits would cost it about 3 million euros a year in lost fees",
            None),
        (I, "Marija Bašić", "the port had not been consulted", None),
        (D, "Marija Bašić", "We learned the details from the press. Cruise lines plan their itineraries two years ahead, "
            "and some have already sold 2027 voyages that include three-ship days,", None),
        (P, "Cruise Lines International Association", "disappointed", None),
        (P, "Cruise Lines International Association", "voluntarily", None),
        (I, "Owners of souvenir shops on the Stradun", "the cap would hit them hardest in spring and autumn, when cruise "
            "passengers make up most of their customers", None),
        (D, "Vesna Lučić", "Hotel guests eat in restaurants. Cruise passengers buy a magnet and an ice cream, and that is "
            "my living,", None),
        (P, "Grad za Građane", "long overdue", None),
        (P, "Grad za Građane", "by what happens in August, not by what he announces in December.", None),
        (D, "Tomislav Ivanković", "The mayor announces a cap every December. Every summer, the ships are back,", None),
        (D, "Dino Kralj", "This time it is in the port’s berthing rules, not in a press release,", None),
        (D, "Dino Kralj", "A ship that is not on the schedule will not get a berth.", None),
    ],
    "actors": [
        actor("Dino Kralj", "person", title="Mayor of Dubrovnik", affiliation="City of Dubrovnik",
              aliases=["Dino Kralj", "Kralj", "The mayor", "the mayor"], stance=1),
        actor("Dubrovnik Tourist Board", "government", title="city tourist board", affiliation="City of Dubrovnik",
              aliases=["Dubrovnik Tourist Board"], stance=None),
        actor("Port of Dubrovnik Authority", "government", title="port authority", affiliation="Croatia",
              aliases=["Port of Dubrovnik Authority"], stance=-1),
        actor("Marija Bašić", "person", title="director", affiliation="Port of Dubrovnik Authority",
              aliases=["Marija Bašić", "Bašić"], stance=-1),
        actor("Cruise Lines International Association", "organisation", title="cruise industry association",
              affiliation=None, aliases=["Cruise Lines International Association", "CLIA"], stance=-1),
        actor("Owners of souvenir shops on the Stradun", "group", title="shop owners", affiliation=None,
              aliases=["Owners of souvenir shops on the Stradun"], stance=-1),
        actor("Vesna Lučić", "person", title="lace and souvenir seller near the Pile Gate", affiliation=None,
              aliases=["Vesna Lučić", "Lučić"], stance=-1),
        actor("Grad za Građane", "organisation", title="Old Town residents' association", affiliation=None,
              aliases=["Grad za Građane"], stance=0),
        actor("Tomislav Ivanković", "person", title="opposition city councillor", affiliation="Dubrovnik City Council",
              aliases=["Tomislav Ivanković", "Ivanković"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Friday Times (Pakistan) politics/education (the Punjab Assembly bans party politics on campuses), headline
#    without speech, byline name line, "LAHORE:" opening the lede, curly “ ” with a nested curly single ‘...’ and ’
#    apostrophes; scare “unauthorised gatherings” (the bill's wording, which nobody in the article is said to say;
#    dev4's “phasing down”); "Opposition lawmakers walked out" (act); minister "said the law would restore “...” to
#    campuses where “...” had claimed ..." (two partials), quote with "Rana told the assembly", then a quote-only
#    paragraph; students' alliance "called the law “...” and said B" (partial plus indirect); student named after her
#    quote (nested ‘unauthorised gathering’ inside it); HRCP "said in a statement that A"; spokesperson in an
#    apposition "said the law was “...” and that ... “...”" (two partials); anonymous vice-chancellor "told The Friday
#    Times that A but feared it would be “...” against ..." (indirect plus partial; "feared" is no cue); political
#    scientist "said A but that B" (one span), "she said", then a quote-only paragraph; content before "according to
#    the Higher Education Commission (HEC)".
ARTICLES[f"{BATCH}/punjab-campus-politics-ban.gold.json"] = {
    "article": f"{BATCH}/punjab-campus-politics-ban.txt",
    "target": "Punjab government",
    "quotes": [
        (S, None, "unauthorised gatherings", None),
        (P, "Ayesha Rana", "discipline and safety", None),
        (P, "Ayesha Rana", "violent clashes", None),
        (D, "Ayesha Rana", "This law does not touch a single student’s right to speak or to study. It removes the gangs "
            "that have held our universities hostage for thirty years,", None),
        (D, "Ayesha Rana", "Ask any parent whose child has been beaten in a hostel corridor whether they want this law.",
            None),
        (P, "Punjab Students’ Alliance", "a ban on thinking", None),
        (I, "Punjab Students’ Alliance", "its members would hold protests at 12 universities on Friday", None),
        (D, "Hira Baloch", "They say gangs, but the law uses the words ‘unauthorised gathering’. A study circle of six "
            "students is an unauthorised gathering under this law,", None),
        (I, "Human Rights Commission of Pakistan", "the law violated Article 17 of the Constitution, which guarantees "
            "freedom of association", None),
        (P, "Bilal Qureshi", "not directed at any party", None),
        (P, "Bilal Qureshi", "within six months", None),
        (I, "vice-chancellor of a public university in Lahore", "most vice-chancellors supported the law privately",
            None),
        (P, "vice-chancellor of a public university in Lahore", "used selectively", None),
        (I, "Saima Jafri", "campus politics in Pakistan had been violent for decades but that bans had never worked",
            None),
        (D, "Saima Jafri", "Zia banned student unions in 1984. What grew in their place were the armed wings of political "
            "parties,", None),
        (D, "Saima Jafri", "You cannot legislate politics away. You can only push it underground, where nobody can see "
            "it.", None),
        (I, "Higher Education Commission", "Punjab has 74 public-sector universities with about 950,000 students", None),
    ],
    "actors": [
        actor("Ayesha Rana", "person", title="Higher Education Minister", affiliation="Punjab government",
              aliases=["Ayesha Rana", "Rana"], stance=1),
        actor("Punjab Students’ Alliance", "organisation", title="students' alliance", affiliation=None,
              aliases=["Punjab Students’ Alliance"], stance=-1),
        actor("Hira Baloch", "person", title="third-year student, alliance organiser", affiliation="Punjab University",
              aliases=["Hira Baloch", "Baloch"], stance=-1),
        actor("Human Rights Commission of Pakistan", "organisation", title="human rights commission (NGO)",
              affiliation="Pakistan", aliases=["Human Rights Commission of Pakistan", "HRCP"], stance=-1),
        actor("Bilal Qureshi", "person", title="spokesperson", affiliation="Punjab government",
              aliases=["Bilal Qureshi", "Qureshi"], stance=1),
        actor("vice-chancellor of a public university in Lahore", "person", title="vice-chancellor (anonymous)",
              affiliation=None, aliases=["vice-chancellor of a public university in Lahore"], stance=0),
        actor("Saima Jafri", "person", title="political scientist",
              affiliation="Lahore University of Management Sciences",
              aliases=["Saima Jafri", "Dr Saima Jafri", "Jafri"], stance=-1),
        actor("Higher Education Commission", "government", title="higher education regulator", affiliation="Pakistan",
              aliases=["Higher Education Commission", "HEC"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
