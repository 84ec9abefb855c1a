"""Who is speaking: read the speaker phrase beside a reporting verb, and split it into name, title
and affiliation ("Russia's UN ambassador Vitali Churkin" -> Vitali Churkin, UN ambassador, Russia).

Without a parser or a tagger (both would need downloads), a speaker phrase is read from word
classes: capitalised runs are names, a closed vocabulary of titles, group and organisation nouns
builds the chain around them, and anything else ends the phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from .article import DATA_DIR
from .targets import COUNTRY_ALIASES, ROLE_ABBREVIATIONS

_VERBS_FILE = DATA_DIR / "external" / "ggt-quote-verbs" / "quote_verb_list.txt"

# Forms in the Gender Gap Tracker list that are more often nouns or other verbs in news prose.
_NOT_CUES = {"states", "state", "points", "point", "report", "reports", "release", "releases",
             "present", "presents", "presenting", "finding", "finds", "continue", "continued",
             "continues", "continuing", "ensure", "ensured", "ensures", "ensuring", "accept",
             "accepted", "thinking", "writing", "warning", "saying", "comments", "comment",
             "claims", "notes", "tweets", "note", "estimates", "think", "thought", "thinks",
             "persist", "persisted", "persists", "persisting", "demonstrate", "demonstrated",
             "demonstrates", "demonstrating", "illustrate", "illustrated", "illustrates",
             "illustrating", "inform", "informed", "informs", "informing", "convince", "convinced",
             "convinces", "convincing", "tell", "telling", "tells", "say"}
# The reporting verbs of West African and South Asian English newspapers: quote cues, and
# reported speech only before "that".
_REGIONAL_CUES = ("disclosed discloses affirmed affirms averred avers intimated opined opines "
                  "revealed")
_MORE_CUES = {"submitted", "submits", "observes",  # "counsel submitted that ..."
              "blamed", "blames", "cited", "cites",  # 'has blamed "unprecedented disruption"'
              "fumed", "fumes", "thanked", "thanks", "scoffed", "marvelled", "marveled",
              "accuse", "urge", "call", "deny", "reject", "vow", "blast", "slam", "asked", "asks", "denied", "denies", "rejected", "rejects", "called", "calls",
              "urged", "urges", "accused", "accuses", "blasted", "quipped", "conceded", "concedes",
              "stressed", "stresses", "emphasised", "emphasized", "recalled", "recalls",
              "cautioned", "countered", "contended", "charged", "vowed", "vows", "pledged",
              "promised", "observed", "remarked", "wondered", "alleged", "alleges", "maintained",
              "maintains", "complained", "complains", "lamented", "shouted", "yelled", "screamed",
              "cried", "interjected", "retorted", "snapped", "joked", "laughed", "sighed",
              "whispered", "murmured", "muttered", "pleaded", "demanded", "answered", "texted",
              "emailed", "insisted", "laughs", "jokes", "sighs", "shrugs", "smiles", "grins", "calling",
              "describing", "accusing", "urging", "posts", "writes", "conceded", "boasted", "acknowledged", "mused", "admitted", "insisted",
              "described", "describes", "wrote", "writes", "tweeted", "posted", "told", "tells",
              "say", "saying", "thinks", "thought", "believes", "believed", "dismissed",
              "chanted", "chanting", "chant", "chants", "sang", "branded", "brands", "brand",
              "labelled", "labeled", "labels", "pressed", "presses",
              # evaluating someone in quoted words: 'praised the "maturity" of his side'
              "praised", "praises", "hailed", "hails", "lauded", "criticised", "criticises",
              "condemned", "condemns", "dubbed", "dubs", "termed",
              "ruled"} | set(_REGIONAL_CUES.split())  # 'ruled that ... "the value of ..."'

# Verbs that introduce reported speech without quote marks; narrower than the quote cues, since
# with no quote marks to anchor it a cue has to be unmistakable.
# Of those, verbs whose object is as often a thing as a clause: reported speech only with "that".
# Present-tense forms double as plural nouns ("subsidence claims", "adds guest passes"): like
# these past forms they report only before "that" or a clause.
_PRESENT_CUES = ("adds notes explains confirms stresses predicts admits suggests replies claims "
                 "announces indicates")
THAT_CUES = frozenset("""
confirmed announced acknowledged admitted predicted reported promised pledged vowed stressed wrote
writes recalled recalls acknowledges claimed signalled signaled testified testifies ruled rules
reckons reckoned submitted submits observed observes indicated
""".split() + _PRESENT_CUES.split() + _REGIONAL_CUES.split())
INDIRECT_CUES = frozenset("""
said says say told tells writes added denied denies claimed argued argues insisted insists warned warns stated noted
explained predicted acknowledged admitted confirmed announced suggested reported described accused
alleged maintained stressed conceded contended vowed pledged promised asserted replied wrote
tweeted rejected dismissed countered counters recalled recalls alleges concedes acknowledges
contends asserts maintains informed assured pointed cautioned cautions complained complains
reiterated emphasised emphasized signalled signaled testified testifies ruled submitted
submits observed observes
reckons reckoned submitted submits observed observes indicated
""".split() + _PRESENT_CUES.split() + _REGIONAL_CUES.split())

PRONOUNS = {"he": "person", "she": "person", "they": "plural", "it": "organisation",
            "we": "plural", "i": "person"}
# Possessive determiners, which open a noun phrase of their own: "an offer their union ...".
POSSESSIVE_DETERMINERS = frozenset({"his", "her", "its", "their", "our"})
DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these",
               "those", "another", "one", "two", "three", "several", "some", "many", "other", "both",
               "each", "every", "four", "five", "six", "seven", "eight", "nine", "ten"}
# Counting words before a group: "several hundred protesters", "dozens of residents".
QUANTITIES = {"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "scores",
              "million", "millions", "about", "around", "nearly", "some", "more", "than", "of",
              "number"}
# "son of", "daughter of" in Malay and Arabic names: "Norhayati binti Haji Kassim".
PATRONYMICS = {"bin", "binti", "bint", "ibn", "bte"}
PARTICLES = PATRONYMICS | {"de", "da", "di", "del", "della", "van", "von", "der", "den", "ter", "al",
                          "dela", "los", "las", "le", "la", "du", "des", "dos", "das", "ben", "el",
                          # "Bangko Sentral ng Pilipinas", "Ecologistas en Acción", "Údarás na
                          # Gaeltachta"
                          "abu", "mac", "st", "ng", "en", "na",
                          # "Ortega y Gasset", "Empresa de Acueducto y Alcantarillado"
                          "y",
                          "za"}  # "Grad za Građane"
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "mx",
              "sen", "rep", "gov", "gen", "col", "capt", "lt", "sgt", "adm", "rev", "fr", "cllr",
              "coun", "cr", "cde", "mdm",
              "supt", "insp", "det", "gda", "mme", "mlle", "shri", "smt", "shrimati", "kumari",
              "aunty", "auntie", "uncle",  # Aboriginal and Torres Strait Islander elders
              # Malaysian ("Datuk Seri Zulaikha Hamid") and Nigerian ("Comrade Yusuf Abdullahi",
              # "Alhaji Musa Bello", "Engr. Ada Obi") styles of address
              "datuk", "datin", "seri", "tun", "tunku", "tengku", "puan", "encik", "haji",
              "hajah", "comrade", "alhaji", "alhaja", "engr", "barr", "hon", "atty",
              "madam",  # (West Africa's "Madam Sarr")
              "mma", "rra",  # Setswana: "Mma Goitsemang Ditshwanelo"
              "kuia", "afioga", "susuga"}  # a Māori elder, Samoan chiefly address
# Words that open a sentence before its subject: "But Kemi Badenoch, the Conservative leader, said".
OPENING_CONJUNCTIONS = {"But", "And", "Yet", "So", "Meanwhile", "However", "Still", "Also", "Now",
                         "Then", "Instead"}
# Countries that are also first names: "Jordan Price" is a person, not Price of Jordan.
_FIRST_NAME_COUNTRIES = {"Jordan", "Chad", "Georgia", "Israel", "India", "Kenya", "Jamaica"}
# Family: a person's role toward someone, never a body they belong to.
_KIN = {"mother", "sister", "brother", "daughter", "wife", "husband", "widow", "widower",
        "grandmother", "grandfather", "aunt", "uncle", "cousin"}
TITLE_WORDS = set("""
woman man user rank provost registrar bursar councilwoman councilman councillor councilor alderman alderwoman assemblyman assemblywoman
mep meps councilmember councilmembers congressman congresswoman father pastor reverend deacon
monsignor marshal sheriff constable detective garda trooper warden fire neurologist
geriatrician physician surgeon ambassador extraordinary plenipotentiary laureate envoy minister
secretary general president vice deputy prime foreign defence defense
interior home finance economy trade chancellor senator representative permanent governor mayor
spokesman spokeswoman spokesperson chief executive officer director chairman chairwoman chair head
leader commissioner attorney judge justice special adviser advisor aide organiser organizer
official analyst legislator professor doctor king queen prince princess pope colonel captain
lieutenant
sergeant admiral commander ceo cfo coo cto founder premier press cabinet state member mp mk cs
pundit lawmaker
manager economist strategist correspondent secretary-general coach negotiator diplomat counsel
lawyer researcher scientist expert editor reporter owner boss worker organiser steward delegate
representative treasurer auditor inspector superintendent commissioner chancellor principal
dean rector bishop archbishop cardinal imam rabbi mullah sheikh emir sultan president-elect
candidate nominee campaigner activist protester striker docker driver pilot nurse teacher
farmer resident residents citizen voter counterpart colleague partner director-general
recruit veteran witness victim pupil patient relative neighbour neighbor fisherman
chairperson chairpersons salesperson businessperson businesswoman businessman
under-secretary undersecretary high union labour labor party opposition senior former top
acting interim national regional local federal chief state-run assistant associate fellow
td msp mla mlc mpp ms am managing operating presiding outgoing incoming founding ranking caretaker
regent prosecutor solicitor barrister coroner magistrate priest advocate headteacher goalkeeper
speaker source critic author co-author co-founder co-chair vice-chair
playwright poet chef midwife actress architect monk nun cleric paramedic umpire jockey consul
landlord landlady shepherd mechanic entrepreneur batsman expat expatriate
""".split()) | _KIN
# A US legislator's party and home: "Rep. Lena Marsh, D-Greensboro," or "Sen. Amy Klobuchar, D-Minn."
_PARTY_TAG = re.compile(r"[DRI]-[A-Z][\w.]*")
GROUP_NOUNS = set("""
guides clergy athletes coaches guards midwives cooks inmates filmmakers youths women men
children academics vets graduates alumni pilgrims publicans restaurateurs cabbies
diplomats officials groups group leaders ministers analysts experts residents protesters workers
activists critics lawmakers senators legislators politicians observers investigators prosecutors
police authorities militants rebels fighters forces troops sources economists scientists
researchers doctors nurses teachers farmers dockers strikers unions members campaigners voters
citizens representatives delegates negotiators envoys ambassadors spokesmen executives managers
shareholders investors employees staff people families communities households victims
survivors witnesses organisers organizers pilots drivers fans supporters crowds crowd family
""".split())
ORG_NOUNS = set("""
authority authorities watchdog regulator operator prosecutor court ministry government company union council police airline airlines firm department agency embassy
committee commission office party army military navy court parliament congress senate bank
administration regime board federation confederation association institute university foundation
group
coalition alliance organisation organization network spokesman spokeswoman spokesperson kremlin
station directorate inspectorate secretariat faction caucus opposition prefecture municipality
hall cooperative co-op consulate consulate-general cabinet
""".split())
# Nouns by which an article refers back to a business or body it has named: "the company said".
# Government words are left out: "the ministry" is most often a ministry of its own.
ORG_NOMINALS = set("""
company firm chipmaker automaker carmaker airline carrier bank lender insurer retailer group
operator provider developer publisher broadcaster network manufacturer maker producer supplier
startup utility club team charity trust outfit giant brand conglomerate multinational
supermarket grocer chain brewer miner automaker exporter importer distributor body
processor packer refiner shipper bloc promoter consultancy think-tank thinktank cooperative co-op
""".split())
# A company's legal suffix, which keeps its period mid-sentence: "Acme Corp. said".
LEGAL_SUFFIXES = ("Inc", "Corp", "Co", "Ltd", "Bros")
ORG_WORDS = {"Chiefs", "Embassy", "Consulate", "Scheme", "Station", "Registry", "Convention",
             "Corporation", "Advisory", "Consulting", "Consultants", "Associates", "Terminals",
             "Publishing", "Publishers", "Stadium", "Arena", "Survey", "Guard", "Division", "Line",
             "Air", "Management", "International", "Festival", "Forum", "Town", "County", "Reserve", "Hospice", "Clinic", "Society", "Partnership", "Collective", "Initiative", "Observatory",
             "Tribunal", "League", "Bureau", "Guild", "Syndicate", "Consortium", "Directorate",
             "Inspectorate", "Watch", "Campaign", "Movement", "Front", "Caucus", "Institution",
             "Academy", "Conservancy", "Secretariat", "Treasury", "Assembly", "Utilities", "Energy", "Power", "Electric", "Telecom",
             "Communications", "Media", "Entertainment", "Brands", "Retail", "Stores",
             "Logistics", "Insurance", "Financial", "Investments", "Resources", "Minerals",
             "Chemicals", "Labs", "Laboratories", "Therapeutics", "Healthcare", "Solutions",
             "Chemie", "Chemical", "Welfare", "Body",
             "Software", "Networks", "Industries", "Enterprises", "Ventures", "Bancorp",
             "Railways", "Aerospace", "Automotive", "Motor", "Motors", "Municipality",
             "Borough", "Shire", "Prefecture", "Township", "Library", "Museum", "Gallery",
             "Theatre", "Theater", "Zoo", "Semiconductor", "Pharmaceutical",
             "Platinum", "Meats", "Dairies", "Dairy", "Farms", "Fisheries", "Beverages",
             "Textiles", "Breweries", "Brewery", "Distillery", "Wines", "Bakeries", "Hotels",
             "Resorts", "Properties", "Builders", "Construction", "Engineering", "Freight",
             "Ports", "Homes", "Apparel", "Cement", "Tobacco", "Works", "Synod", "Diocese",
             "Archdiocese", "Patriarchate", "Kingdom", "Delegation", "Consulate-General",
             "Commodities", "Trading", "Exports", "Cooperatives", "Cooperative", "Supervisors",
             "Programme", "Program", "Alliance", "Coalition", "Network", "Centre", "Center", "Mining", "Metals", "Steel", "Oil", "Gas", "Foods", "Pharma",
             "District", "Trust", "Service", "Exchange", "Commission", "Ministry", "United", "City", "Rovers", "Athletic", "Albion", "Wanderers", "FC", "Club",
             "Rangers", "Administration", "Chamber", "University", "Hospital", "College", "School", "Institute", "Systems",
             "Technologies", "Biosciences", "Pharmaceuticals", "Securities", "Research", "Commerce", "Industry", "Airlines", "Airways", "Ministry", "Council", "Party", "Union", "Group", "Inc",
             "Corp", "Ltd", "Bank", "Company", "Co", "Agency", "Commission", "Committee",
             "Department", "Office", "Police", "Army", "Forces", "Government", "Association",
             "Federation", "Confederation", "University", "Institute", "Foundation", "Court",
             "Parliament",
             "Congress", "Senate", "Kremlin", "Pentagon", "Times", "Post", "News", "Press",
             "Lines", "Shipping", "Motors", "Holdings", "Partners", "Capital", "Fund", "Trust",
             "Network", "Organisation", "Organization", "Authority", "Board", "Service",
             "Services", "Reuters", "Bloomberg", "Maersk", "Hezbollah", "Hamas", "Taliban",
             # sports' governing bodies: "World Rugby", "Cricket Australia", "Swimming Canada"
             "Rugby", "Athletics", "Aquatics", "Cricket", "Tennis", "Football", "Swimming",
             "Cycling", "Hockey", "Netball", "Basketball", "Volleyball", "Rowing", "Sailing",
             "Triathlon", "Badminton", "Gymnastics", "Skating", "Skiing",
             "Water",  # utilities: "Thames Water"
             "Protection", "Enforcement", "Prevention", "Unit", "Force", "Taskforce",
             "Nation", "Nations", "Mission",  # "Kingsclear First Nation", "UN Mission in Libya"
             "Laboratory", "Lab",
             "Port", "Rail",  # "the Port of Aktau", "Qatar Rail": not a person called Aktau
             # bodies' heads that no one is called ("Argonne National Orchestra", "the Tarrow
             # Infirmary"); not Park, Church, Temple, Mills or Fleet, which are surnames too
             "Grid", "Orchestra", "Ballet", "Opera", "Archive", "Archives", "Aquarium",
             "Cathedral", "Mosque", "Synagogue", "Parish", "Polytechnic", "Seminary",
             "Conservatory", "Infirmary", "Prison", "Airport", "Harbour", "Racecourse", "Lottery",
             "Railway", "Metro", "Transit", "Ferries", "Airline", "Corps", "Brigade", "Regiment",
             "Navy", "Coastguard", "Broadcaster", "Radio", "Television", "Herald",
             "Gazette", "Ambulance", "Judiciary", "Olympics", "Expo", "Shipyard", "Hotel",
             "Casino", "Cinema", "Studios", "Hub", "Panel", "Inquiry", "Census", "Garrison",
             "Command",
             # legal forms, but not the short ones that are also titles or places ("AG", "SA")
             "Bhd", "Berhad", "Sdn", "GmbH", "Pty", "Pte", "Oyj", "SpA", "Limited", "LLC", "PLC",
             "plc", "ASA"} | {s + "." for s in LEGAL_SUFFIXES}
CLAUSE_MARKERS = {"that", "which", "who", "whom", "whose", "while", "as", "when", "after",
                  "before", "but", "and", "because", "although", "though", "if", "since", "where",
                  "so", "whereas", "until", "unless", "than", "whether", "or", "nor", "yet",
                  "what"}
# Capitalised words that open sentences or name days and months, never speakers.
NOT_NAMES = set("""
Instead Already Asked Amid During Meanwhile However Still Yet Later Earlier Despite Even Speaking
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December Last Next This Its Some Many Most Several
Under Over After Before Since With Without From For Among Across Against Within Following By
Outside Inside Near Despite Unlike Like Although Though While When Where If As At In On Of
Whether Because Unless Until Whenever Wherever Whatever What Why How
Photo Photos Picture Pictures Image Images Video Graphic Caption
""".split())
# What news outlets are called: "told broadcaster NOS", "the newspaper reported".
MEDIA_NOUNS = frozenset({"broadcaster", "newspaper", "daily", "radio", "channel", "station",
                         "outlet", "magazine", "website", "paper", "tabloid", "network",
                         "broadcasters", "newspapers"})
WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                      "Sunday"})
_DATES = WEEKDAYS | {"January", "February", "March", "April", "May", "June", "July", "August",
                     "September", "October", "November", "December"}
PREPOSITIONS = {"to", "of", "for", "in", "at", "from", "on", "with", "near", "outside", "behind"}
# Both at once, built here rather than on every test in the loops that skip them.
DETERMINERS_OR_PREPOSITIONS = frozenset(DETERMINERS | PREPOSITIONS)
# Words that may stand between a speaker and the verb: "Churkin meanwhile said", "he has said".
_BETWEEN = {"also", "meanwhile", "later", "then", "previously", "repeatedly", "reportedly", "once",
            "again", "further", "however", "too", "recently", "earlier", "today", "yesterday",
            "separately", "privately", "publicly", "has", "have", "had", "was", "is", "were", "are",
            "will", "would", "could", "did", "does", "do", "had", "been", "not", "never", "also",
            "first", "last", "now", "still", "immediately", "simply", "just", "quickly", "openly",
            "here"}  # "Many fishermen here said"

DEMONYMS: dict[str, str] = {}
for _country, _names in COUNTRY_ALIASES.items():
    for _n in _names:
        if _n.endswith(("n", "ns", "ese", "ish", "ch", "i", "is")) and _n[0].isupper() \
                and " " not in _n and _n not in {"Kremlin", "London", "Washington", "Berlin",
                                                 "Beijing", "Tehran", "Kyiv", "Jerusalem",
                                                 "Ankara", "Putin", "Kiev", "Damascus"}:
            DEMONYMS[_n] = _country
_CAPITALS = {alias: country for country, names in COUNTRY_ALIASES.items() for alias in names
             if alias in {"Moscow", "Beijing", "Washington", "London", "Paris", "Berlin", "Kyiv",
                          "Tehran", "Jerusalem", "Damascus", "Ankara", "Riyadh", "New Delhi",
                          "Tokyo", "Pyongyang", "Brussels", "Kiev"}}
COUNTRIES = set(COUNTRY_ALIASES) | {
    "UK", "US", "U.S", "USA", "Britain", "America", "Syria", "Iraq", "Egypt", "Qatar", "Poland",
    "Italy", "Spain", "Portugal", "Canada", "Mexico", "Brazil", "Australia", "Pakistan",
    "Afghanistan", "Lebanon", "Jordan", "Greece", "Sweden", "Norway", "Finland", "Denmark",
    "Netherlands", "Belgium", "Austria", "Switzerland", "Hungary", "Romania", "Vietnam",
    "Viet Nam", "Việt Nam", "Indonesia", "Taiwan", "Korea", "South Korea", "Nigeria", "Kenya",
    "Ethiopia", "Argentina",
    "Chile", "Venezuela", "Cuba", "Belarus", "Georgia", "Armenia", "Azerbaijan", "Kazakhstan"} | set(
    # Every other sovereign state, by its usual short name, so that places are never taken
    # for speakers or bodies.
    """Albania Algeria Andorra Angola Antigua Bahamas Bahrain Bangladesh Barbados Belize Benin
    Bhutan Bolivia Bosnia Botswana Brunei Bulgaria Burkina Burundi Cambodia Cameroon Chad
    Colombia Comoros Congo Croatia Cyprus Czechia Djibouti Dominica Ecuador Eritrea Estonia
    Eswatini Fiji Gabon Gambia Ghana Grenada Guatemala Guinea Guyana Haiti Honduras Iceland
    Ireland Jamaica Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lesotho Liberia Libya
    Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta
    Mauritania Mauritius Micronesia Moldova Monaco Mongolia Montenegro Morocco Mozambique
    Myanmar Namibia Nauru Nepal Nicaragua Niger Oman Palau Palestine Panama Paraguay Peru
    Philippines Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia
    Sudan Suriname Tajikistan Tanzania Thailand Togo Tonga Trinidad Tunisia Turkmenistan
    Tuvalu Uganda Uruguay Uzbekistan Vanuatu Yemen Zambia Zimbabwe Scotland Wales England
    """.split()) | {"New Zealand", "South Africa", "Sri Lanka", "Costa Rica", "El Salvador",
                    "Sierra Leone", "North Macedonia", "Northern Ireland", "Ivory Coast",
                    "Côte d’Ivoire", "Côte d'Ivoire", "Papua New Guinea", "Dominican Republic",
                    "South Sudan", "East Timor", "Cape Verde", "San Marino", "Vatican",
                    "United Arab Emirates", "UAE", "Solomon Islands", "Marshall Islands",
                    "Cook Islands", "Cabo Verde", "Timor-Leste", "Equatorial Guinea",
                    "Guinea-Bissau", "Saint Lucia", "St Lucia", "Antigua and Barbuda",
                    "Saint Kitts and Nevis", "Trinidad and Tobago", "Sao Tome and Principe",
                    "DR Congo", "Democratic Republic of Congo", "Burkina Faso",
                    "Czech Republic", "Central African Republic", "Puerto Rico",
                    "Greenland", "Faroe Islands", "Western Sahara"}
# Capitals that stand for their governments ("Oslo said", "Brussels has argued"): never a
# person's name, whatever pronouns follow.
SEATS_OF_GOVERNMENT = set("""
Abuja Accra Amman Ankara Athens Baghdad Bangkok Beijing Beirut Belgrade Berlin Bern Bogota Brasilia
Brussels Bucharest Budapest Cairo Canberra Caracas Copenhagen Damascus Dhaka Doha Dublin Hanoi
Havana Helsinki Islamabad Jakarta Jerusalem Kabul Kampala Khartoum Kiev Kyiv Lisbon London Madrid
Manila Minsk Moscow Nairobi Oslo Ottawa Paris Prague Pretoria Pyongyang Rabat Riyadh Rome Seoul
Stockholm Taipei Tehran Tokyo Tripoli Tunis Vienna Warsaw Washington Westminster Whitehall Kremlin
""".split()) | {"New Delhi", "The Hague", "Buenos Aires", "Mexico City", "Addis Ababa",
                "Kuala Lumpur", "Downing Street"}
# Places of more than one word, which look like a person's name: "Abu Dhabi will spend ...".
PLACES = SEATS_OF_GOVERNMENT | {
    "Abu Dhabi", "Hong Kong", "New York", "Los Angeles", "San Francisco", "San Diego",
    "San Jose", "San Antonio", "Las Vegas", "New Orleans", "Salt Lake City", "Kansas City",
    "St Louis", "St. Louis", "Rio de Janeiro", "Sao Paulo", "São Paulo", "Cape Town",
    "Tel Aviv", "Ho Chi Minh City", "Dar es Salaam", "Port Moresby", "Kuwait City",
    "Panama City", "Santo Domingo", "San Juan", "St Petersburg", "Saint Petersburg",
    "Rio Grande", "Costa Brava", "Gold Coast", "Sunshine Coast", "Le Havre", "Den Haag",
    "Addis Ababa", "Phnom Penh", "Kuala Lumpur", "Port Louis", "Port Harcourt", "Port Said",
    "Sharm el-Sheikh", "Abu Ghraib", "Ras Tanura", "Al Ain", "Puerto Rico",
    "North Carolina", "South Carolina", "North Dakota", "South Dakota", "West Virginia",
    "New Jersey", "New Mexico", "New Hampshire", "Rhode Island", "New South Wales",
    "South Australia", "Western Australia", "British Columbia", "Nova Scotia", "New Brunswick",
    "Northern Territory", "Tamil Nadu", "Uttar Pradesh", "Madhya Pradesh", "Andhra Pradesh",
    "West Bank", "Gaza Strip", "Golan Heights", "Nagorno-Karabakh", "Inner Mongolia",
    "Central Highlands", "Silicon Valley", "Wall Street", "Capitol Hill", "Downing Street",
    "East Africa", "West Africa", "South Asia", "Southeast Asia", "Latin America",
    "Middle East", "North Africa", "Sub-Saharan Africa"}
ORGS = {"UN", "U.N", "EU", "NATO", "WHO", "IMF", "ISSG", "OPEC", "UNHCR", "UNICEF", "WTO",
        "United Nations", "European Union", "Security Council", "White House", "Kremlin",
        "Red Cross", "Red Crescent"}


_GIVEN_NAMES = DATA_DIR / "given-names"


@cache
def gazetteer() -> frozenset[str]:
    """Towns of two or more words, which look like a person's name: "Addis Abeba", "La Cañada
    Flintridge" (GeoNames' cities of 15,000 people or more; data/places/SOURCE.md)."""
    lines = (DATA_DIR / "places" / "places.txt").read_text(encoding="utf-8")
    return frozenset(line for line in lines.splitlines() if not line.startswith("#"))


@cache
def given_names() -> dict[str, str]:
    """Given name -> "f" or "m", for names used (almost) only for one sex."""
    names = {}
    for sex, file in (("f", "female.txt"), ("m", "male.txt")):
        for line in (_GIVEN_NAMES / file).read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                names.update(dict.fromkeys(line.split(), sex))
    return names


@cache
def cue_verbs() -> frozenset[str]:
    """Reporting verbs that attach a quote to its speaker (GGT list, trimmed and extended)."""
    listed = set(_VERBS_FILE.read_text(encoding="utf-8").split())
    return frozenset((listed - _NOT_CUES) | _MORE_CUES)


class Token(NamedTuple):
    start: int
    end: int
    text: str
    kind: str  # w: word, p: punctuation, q: a quote, s: sentence break
    quote: int = -1  # index of the quote for kind q
    lower: str = ""  # text lower-cased, kept since every rule asks for it


def token(start: int, end: int, text: str, kind: str, quote: int = -1) -> Token:
    return Token(start, end, text, kind, quote, text.lower())


@dataclass(slots=True)
class Speaker:
    """A speaker phrase as written, and what it says about the speaker."""

    name: str  # person or organisation name, group noun phrase, or pronoun, as written
    start: int  # span of ``name`` in the article
    end: int
    kind: str  # person | organisation | group | country | pronoun | nominal
    title: str | None = None
    affiliation: str | None = None


# A capitalised word ending in one of these after a hyphen is a modifier, not a name:
# "Tokyo-based", "Kremlin-backed", "Labour-run", "London-born", "Texas-sized".
# (Not a given name's second syllable: "Chun-hsien", "Hui-ching", "Xiao-zhen".)
_MODIFIER_TAIL = re.compile(r"-(?:[a-z]{2,}ed|[a-z]{3,}ing|driven|ridden|stricken|written|beaten|"
                            r"chosen|broken|spoken|proven|given|taken|laden|forgotten|frozen|"
                            r"based|run|born|built|wide|style|era|"
                            r"made|led|owned|backed|linked|listed|bound|free|friendly|sized|"
                            r"level|year|month|week|day|term|scale|side|like|type)$")


def is_cap(word: str) -> bool:
    """A word that can be part of a name: capitalised ("Churkin", "al-Assad", "Tae-sung"), but
    not a capitalised modifier such as "Tokyo-based"."""
    if word.islower():
        return False  # most words: each test below needs a capital somewhere in the word
    if word[:1] == "ʻ":  # the ʻokina of Tongan, Samoan and Hawaiian names: "ʻAna Vake"
        return is_cap(word[1:])
    if word[:1].isupper():
        return "-" not in word or not _MODIFIER_TAIL.search(word) or word[:3] in {"Al-", "El-"}
    return word[:2] in {"al", "el"} and "-" in word and word[3:4].isupper() \
        or _IRISH_MUTATION.match(word) is not None  # "Liam Ó hEára", "Seán Ó tSúilleabháin"


# An Irish surname after Ó, Ní or Mac may begin with a lower-case h, n or t before its capital.
_IRISH_MUTATION = re.compile(r"(?:h|n|t|bh|mb|gc|nd|ng|bp|dt)[A-ZÁÉÍÓÚ][a-záéíóú]")


def possessive_owner(word: str) -> str | None:
    if word.endswith(("'s", "’s")):
        return word[:-2] or None
    if word.endswith(("s'", "s’")):
        return word[:-1]
    return None


# Agent-noun endings: a lower-case word with one of them, before a name or a reporting verb,
# names a role ("referee Alan Tolley", "pundit", "trustee") or, plural, a group ("owners said").
_ROLE_ENDINGS = ("er", "or", "ist", "ian", "ee", "ant", "ent")
_NOT_ROLES = frozenset("""
brighter better greater higher bigger smaller larger longer stronger wider fairer clearer greener
safer
after other over under never ever rather however whether together either neither later earlier
former latter outer inner upper lower further order border matter number member center centre
paper letter water power corner summer winter quarter chapter minor major senior junior error
recent current different independent urgent present silent patient absent apparent frequent
sufficient efficient consistent evident excellent important significant relevant constant
distant instant pleasant elegant vacant went sent spent meant want event extent content intent
percent cent moment comment amendment agreement statement government parliament department
cover recover discover deliver consider remember render answer offer enter gather register
suffer wonder hinder favor favour honor honour labor labour flavor error mirror
""".split())


@lru_cache(maxsize=1 << 16)  # called for every word of every sentence; the vocabulary repeats
def role_word(low: str) -> bool:
    """Whether a lower-case word names a role: a known title, or an agent noun."""
    if low in TITLE_WORDS or "-" in low and (_PARENT_OF.fullmatch(low) or _hyphenated_title(low)):
        return True
    return len(low) >= 5 and low.endswith(_ROLE_ENDINGS) and low not in _NOT_ROLES \
        and low not in ORG_NOMINALS and not low.endswith(("ment", "maker")) and low.isalpha()


def occupation(word: Token) -> bool:
    """Whether a capitalised word that opens a name is an occupation, not a given name:
    "Grazier", "Referee", "Fisherman" (not "Walter", "Herman")."""
    low = word.lower
    return word.text not in given_names() and (
        role_word(low) or len(low) > 6 and low.endswith(("man", "woman"))
        # "Producer Rui Faria", "Promoter Eddie Hearn": the nouns that, lower-case, refer back
        # to a company ("the producer said") name a person's trade before a name
        or low in ORG_NOMINALS and low.endswith(("er", "or")))


@lru_cache(maxsize=1 << 16)
def group_word(low: str) -> bool:
    """Whether a lower-case word names a group of people or bodies: "residents", "owners",
    "fans", "operators"."""
    return low in GROUP_NOUNS or low.endswith("s") and (
        role_word(low[:-1]) or low[:-1] in ORG_NOMINALS) or low.endswith("men") and len(low) > 5


def np_word(tok: Token) -> bool:
    """Whether a word can belong to a speaker phrase."""
    return tok.kind == "w" and _np_word(tok.text, tok.lower)


# What a department or ministry written in lower case is for: "the Pskov region education
# department", "the ministry of foreign affairs".
_PORTFOLIOS = {"education", "health", "higher", "region", "affairs", "environment", "agriculture",
               "transport", "housing", "culture", "tourism", "welfare", "immigration"}


@lru_cache(maxsize=1 << 16)  # asked of the words before every reporting verb; they repeat
def _np_word(text: str, low: str) -> bool:
    if low in CLAUSE_MARKERS or low in _BETWEEN and not (low in {"do", "will", "first"}
                                                         and text != low
                                                         or text.isupper() and len(text) > 2):
        return False  # (but "Do Van Khanh", "Will Fraser", "Kingsclear First Nation", "UNITE
        # HERE")
    if text in NOT_NAMES:
        return False
    if is_cap(text) or low in PARTICLES:
        return True
    base = possessive_owner(low) or low
    if low in QUANTITIES and low not in {"of", "than", "more"} or text.replace(",", "").isdigit():
        return True
    return (low in DETERMINERS or role_word(base) or group_word(base) or base in ORG_NOUNS
            or base in ORG_NOMINALS or base in _DOCUMENT_NOUNS  # "the university's press release"
            or base in _OUTPOSTS  # "the IMD's Shimla centre"
            or low in {"familiar", "knowledge", "direct"}  # "people
            # familiar with the matter", "a person with direct knowledge of the matter"
            or low in PREPOSITIONS or low in PRONOUNS or low in HONORIFICS
            or _COMPASS.fullmatch(low) is not None or low in _PLACE_MODIFIERS
            or low in {"suburb", "suburbs", "outskirts"}  # "in Brisbane's western suburbs"
            or low in _PORTFOLIOS  # "the department of higher education"
            or low.endswith("-year-old")  # "the 33-year-old said"
            or low == "number")  # "Former British number one Claire Ashdown"


# "Producers in south-west Queensland", "farmers in northern Kenya", "voters in rural Ohio"
_COMPASS = re.compile(r"(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?")
_PLACE_MODIFIERS = {"central", "rural", "coastal", "upstate", "downtown", "suburban", "outback",
                    "inner-city", "regional", "remote", "nearby", "neighbouring",
                    "neighboring", "surrounding"}  # "residents of nearby Leporiang"

# Nouns that end like adverbs: "the family said" is not "the ... quickly said".
_LY_NOUNS = {"family", "ally", "allies", "assembly", "rally", "supply", "monopoly", "anomaly",
             "homily", "italy", "daily", "weekly", "monthly", "quarterly"}


# A body's office in a place: "the IMD's Shimla centre".
_OUTPOSTS = {"centre", "center", "office", "branch", "bureau", "station", "unit", "division"}
# Documents that speak for their authors: "the university's press release went further".
_DOCUMENT_NOUNS = {"release", "statement", "memo", "filing", "complaint", "lawsuit", "ruling",
                   "determination", "decision"}
# Documents a participle places: "A notice posted on the factory gate said"
_PLACED_DOCUMENTS = _DOCUMENT_NOUNS | {"notice", "letter", "report", "circular", "order",
                                       "document", "note", "message"}
# Documents that speak for whoever wrote them: "Ofsted's report said".
_REPORTS = _PLACED_DOCUMENTS | {"report", "review", "audit", "assessment", "study", "survey",
                                "findings", "judgment", "judgement", "code"}
# Participles that say where a person works: "a lineman working in Sonoma County"
_PLACING_ROLES = {"working", "based", "stationed", "posted", "living", "serving", "deployed"}
# Participles that say where a document was put for people to read
_PLACING = {"posted", "pinned", "put", "stuck", "displayed", "left", "circulated", "published"}
# "According to him": who "him" is when he speaks.
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
# How a speaker said it, written between the speaker and the verb: "X in a statement said".
_CHANNELS = {"statement", "letter", "email", "post", "interview", "release", "note", "communique",
            "communiqué", "tweet", "submission", "filing", "memo", "briefing", "speech"}
# Words after which a description goes on: "a source familiar with the talks", "a person close
# to Ms. Marchetti", "a senior army officer involved in the operation"
_FAMILIAR = {"familiar", "close", "involved", "briefed", "knowledgeable"}


def channel_at(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k:k + 3]`` say how a speaker spoke: "in a statement", "in its letter"."""
    return k + 2 < len(tokens) and tokens[k].lower == "in" and tokens[k + 2].lower in _CHANNELS \
        and tokens[k + 1].lower in {"a", "an", "the", "its", "his", "her", "their"}


def phrase_before(tokens: list[Token], verb: int) -> tuple[int, int] | None:
    """Token range [i, j) of the speaker phrase that ends just before ``tokens[verb]``."""
    j = verb
    while j > 0 and tokens[j - 1].kind == "w" and tokens[j - 1].lower in _BETWEEN:
        j -= 1
    if j > 3 and channel_at(tokens, j - 3):
        j -= 3  # "the Mano River Union Secretariat in a statement said"
    if j > 2 and tokens[j - 1].lower in {"morning", "afternoon", "evening", "night"} \
            and tokens[j - 2].text in _DATES:
        j -= 1  # "Commuters at the terminal on Wednesday evening said"
    if j > 1 and tokens[j - 1].text in _DATES and not weekday_surname(tokens, j - 1):
        # "China's commerce ministry on Thursday vowed"
        j -= 1
        if tokens[j - 1].lower in {"on", "late", "early", "last", "this", "next", "in"}:
            j -= 1
            if tokens[j].lower == "on" and tokens[j - 1].lower in {"late", "early"}:
                j -= 1  # "The ministry late on Tuesday night said"
    if j > 0 and tokens[j - 1].kind == "w" and tokens[j - 1].text.endswith("ly") \
            and not is_cap(tokens[j - 1].text) and tokens[j - 1].lower not in _LY_NOUNS:
        j -= 1  # "the ministry quickly denied"
    if j > 2 and tokens[j - 1].text in {"—", "–"}:
        # "Mayor Arno Hill — no relation to the executive — said": an aside between dashes
        aside = next((k for k in range(j - 2, max(0, j - 16), -1)
                      if tokens[k].text == tokens[j - 1].text), None)
        if aside is not None:
            j = aside
    familiar = next((k for k in range(j - 2, max(0, j - 8), -1) if tokens[k].lower in _FAMILIAR
                     and (group_word(tokens[k - 1].lower) or role_word(tokens[k - 1].lower)
                          or tokens[k - 1].lower in {"person", "source"})),
                    None)
    if familiar is None:  # "Residents living along the river said": a group the participle places
        familiar = next((k for k in range(j - 3, max(0, j - 8), -1)
                         if tokens[k].lower.endswith(("ing", "ed")) and tokens[k].text.islower()
                         and (group_word(tokens[k - 1].lower)
                              or tokens[k - 1].lower in _PLACED_DOCUMENTS
                              and tokens[k].lower in _PLACING)
                         and tokens[k + 1].lower in PREPOSITIONS), None)
    if familiar is not None and all(t.kind == "w" for t in tokens[familiar:j]):
        # "a source familiar with Saudi thinking said", "A White House aide familiar with the
        # talks said": the whole description
        return _phrase_start(tokens, familiar - 1, familiar), j
    placed = next((k for k in range(j - 3, max(0, j - 8), -1)
                   if tokens[k].lower in _PLACING_ROLES and (role_word(tokens[k - 1].lower) or
                                                             tokens[k - 1].lower.endswith("man")
                                                             and len(tokens[k - 1].lower) > 5)
                   and not group_word(tokens[k - 1].lower) and tokens[k + 1].lower in PREPOSITIONS
                   and all(t.kind == "w" for t in tokens[k:j])), None)
    if placed is not None:
        # "A PG&E lineman working in Sonoma County said", "a diplomat based in Abu Dhabi told":
        # the one person, not where they work
        return _phrase_start(tokens, placed - 1, placed), placed
    opened = next((k for k in range(j - 2, max(0, j - 9), -1) if tokens[k].text in "()"), None) \
        if j > 2 and tokens[j - 1].text == ")" else None
    if opened is not None and tokens[opened].text == ")":
        opened = None
    if opened is not None and (_PARTY_TAG.fullmatch(tokens[opened + 1].text)
                               or tokens[opened + 1].text in {"D", "R", "I"}
                               or j - opened > 3 and is_cap(tokens[opened + 1].text)
                               and all(t.kind == "w" and (is_cap(t.text) or t.lower in PARTICLES
                                                          or t.lower in {"of", "and", "for"})
                                       or t.text in {",", "."}
                                       for t in tokens[opened + 1:j - 1])):
        # "Sen. Raúl Ocampo (D-Nev.), a member of ..., said", "Wan Ahmad Fikri Wan Said
        # (PN-Kubang Kerian) said", "MP Fiona Lachance (Ottawa-Vanier, Ont.) said": the party
        # and seat are an aside
        j = opened
    elif opened is not None and opened > 0 and is_cap(tokens[opened - 1].text) \
            and tokens[opened + 1].text.islower() \
            and all(t.kind == "w" for t in tokens[opened + 1:j - 1]):
        j = opened  # "Jane Doyle (pictured) said", "Mayor Arno Hill (no relation) said"
    if j > 3 and tokens[j - 1].text == ")" and tokens[j - 3].text == "(" \
            and tokens[j - 2].text.isdigit():
        j -= 3  # "Ester Nghipondoka (54) said": an age in brackets
    if j > 3 and tokens[j - 1].text == ")" and tokens[j - 3].text == "(" \
            and tokens[j - 2].text[:1].isupper():
        j -= 3  # "The Australian Energy Regulator (AER) said", "Cllr Declan Moffitt (Ind) said"
        named = _acronym_start(tokens, j, tokens[j + 1].text)
    else:
        named = None
    i = _phrase_start(tokens, j if named is None else named, j)
    if 3 < i < j and tokens[i].lower in {"in", "at"} and tokens[i - 1].text == ")" \
            and tokens[i - 3].text == "(" and tokens[i - 2].text[:1].isupper():
        # "The Federal Public Prosecutor's Office (MPF) in Santa Catarina said", "Scientists at
        # the Institute of Marine Research (Havforskningsinstituttet) in Bergen have warned": the
        # body before its initials or native name, not the place after them
        j = i - 3
        i = _phrase_start(tokens, _acronym_start(tokens, j, tokens[j + 1].text) or j, j)
    # "for the Wisconsin Historical Society, Mr. Pruszynski recalled": after a comma, a person
    # does not continue a body's name
    after_comma = i > 0 and tokens[i - 1].text == "," and (
        tokens[i].lower.rstrip(".") in HONORIFICS or person_like(tokens[i:j]))
    body = i if after_comma else listed_name_start(tokens, _org_name_start(tokens, i, j))
    if body < i:  # "A spokesperson for the Department for Environment, Food and Rural Affairs"
        i = _phrase_start(tokens, body, j)
    m = i - 1 if i >= 3 and j - i == 1 and tokens[i - 2].lower == "and" \
        and tokens[i - 1].text.isalpha() and tokens[i - 1].text.islower() else i
    if m >= 2 and j - i == 1 and tokens[m - 1].lower == "and" and group_word(tokens[i].lower) \
            and group_word(tokens[m - 2].lower):
        i = m - 2  # "Residents and traders said", "Residents and business owners said": both
        # groups speak together
    elif m >= 2 and tokens[m - 1].lower == "and" and tokens[m - 2].text.isalpha() \
            and tokens[m - 2].lower not in PRONOUNS and tokens[m - 2].lower not in DETERMINERS \
            and (m == 2 or tokens[m - 3].kind != "w") and tokens[m].text.islower() \
            and any(group_word(t.lower) for t in tokens[m:j]):
        i = m - 2  # "Bar and restaurant owners in the city said", "Taxi and bus drivers said":
        # two trades, one group
    # A phrase cannot start with a preposition or end with a determiner or a comma.
    while i < j and tokens[i].lower in PREPOSITIONS:
        i += 1
    if i >= j or tokens[j - 1].lower in DETERMINERS or tokens[j - 1].lower in PREPOSITIONS \
            or tokens[j - 1].text == ",":
        return None
    return _people_of_places(tokens, i, j) or (i, j)


_OF_PLACES = {"in", "of", "from", "at", "near", "across", "around", "on", "along"}


def _people_of_places(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """`Residents of housing societies in Kharadi and Wagholi said`: the people, not the
    places the phrase ends on; the group word opens its clause."""
    # ("and nearby Leporiang", "Owners of souvenir shops on the Stradun")
    named = i + 1 if tokens[i].lower in _PLACE_MODIFIERS or tokens[i].lower == "the" else i
    if named == j or not all(is_cap(t.text) for t in tokens[named:j]):
        return None
    k = i
    while k >= 2 and tokens[k - 1].text in {"and", ","} and is_cap(tokens[k - 2].text):
        k -= 2
        while k > 0 and is_cap(tokens[k - 1].text):
            k -= 1
    if k == 0 or tokens[k - 1].lower not in _OF_PLACES:
        return None
    for g in range(k - 2, max(-1, k - 9), -1):
        t = tokens[g]
        if t.kind != "w" or t.lower in CLAUSE_MARKERS:
            return None
        if group_word(t.lower) and not is_cap(t.text) or t.text[:1].isupper() and group_word(
                t.lower) and (g == 0 or tokens[g - 1].kind in "sp"):
            start = g - 1 if g > 0 and tokens[g - 1].lower in DETERMINERS else g
            if start == 0 or tokens[start - 1].kind in "sp":
                return start, j
            return None
    return None


def _phrase_start(tokens: list[Token], i: int, j: int) -> int:
    while i > 0:
        if i >= 2 and i < j and tokens[i - 1].lower == "and" and (
                _is_title(tokens[i]) or role_word(tokens[i].lower)) and (
                _is_title(tokens[i - 2]) or role_word(tokens[i - 2].lower)):
            i -= 1  # "Aurora founder and CEO Rafael Szymanski wrote": two titles, one person
            continue
        if i == j - 1 and i >= 4 and tokens[i - 2].lower == "and" \
                and tokens[i].lower in ORG_NOUNS and tokens[i].text.islower() \
                and _noun_modifier(tokens[i - 1]) and _noun_modifier(tokens[i - 3]) \
                and tokens[i - 4].lower in {"the", "its", "their"}:
            i -= 3  # "the education and science ministry said": both fields name the body
            continue
        if i == j - 1 and _named_with_and(tokens, i):
            i -= 1  # "Zbigniew Kmiecik of Law and Justice said": a party named with "and"
            continue
        if i >= 2 and tokens[i - 1].lower in {"from", "by", "with"} \
                and not np_word(tokens[i - 2]) and is_cap(tokens[i].text):
            break  # "drew a rebuke from Admiral Sir Philip Haverstock": the name after "from"
        if i < j and i == j - 1 and tokens[i].text.islower() and group_word(tokens[i].lower):
            s = i
            while s > max(1, i - 3) and _described_group_word(tokens[s - 1]):
                s -= 1
            if s < i and tokens[s - 1].lower in {"from", "by", "among"}:
                return s  # "criticism from reindeer herding cooperatives, which say": the
                # group as the phrase describes it, -ing words and all
        if i >= 2 and i < j and _noun_modifier(tokens[i - 1]) \
                and (group_word(tokens[i].lower) or tokens[i].lower in {"media", "press"}):
            if tokens[i - 2].text == ",":
                i -= 1  # "..., district officials said", "..., state media reported": the
                break   # whole phrase between the comma and the verb
            if i >= 3 and tokens[i - 3].text == "," and _noun_modifier(tokens[i - 2]):
                i -= 2  # "..., migrant rights groups said"
                break
        if np_word(tokens[i - 1]) or weekday_surname(tokens, i - 1) \
                or i < j and (_modifies_role(tokens, i - 1)
                                                 or _modifies_body(tokens, i - 1)) \
                or _ampersand(tokens, i - 1) or _title_case_joint(tokens, i - 1) \
                or _after_name_particle(tokens, i - 1) or _place_head(tokens, i - 1):
            i -= 1
        elif (m := determiner_before(tokens, i, j)) is not None:
            i = m
        elif i < j and (m := _opening_modifiers(tokens, i)) is not None:
            return m  # "Motorcycle taxi drivers in Kamenge said", "Local business owners say"
        else:
            break
    return i


def _described_group_word(t: Token) -> bool:
    """A lower-case word before a group word after "from" or "by": "dairy", "herding",
    "small-scale" (no verb can stand there)."""
    low = t.lower
    return t.kind == "w" and t.text.replace("-", "").isalpha() and t.text.islower() \
        and not low.endswith("ly") and low not in CLAUSE_MARKERS and low not in _BETWEEN \
        and low not in INDIRECT_CUES and low not in PREPOSITIONS and low not in DETERMINERS \
        and low not in PRONOUNS


def _opening_modifiers(tokens: list[Token], i: int) -> int | None:
    """Where the sentence starts, if one or two nouns or adjectives before the group word at
    ``i`` are all that stand before it: the group's modifiers, the first capitalised."""
    if not (group_word(tokens[i].lower) and tokens[i].text.islower()):
        return None
    for s in (i - 1, i - 2):
        if s >= 0 and (s == 0 or tokens[s - 1].kind in "sp") \
                and tokens[s].text[:1].isupper() and tokens[s].text[1:].islower() \
                and tokens[s].text not in OPENING_CONJUNCTIONS \
                and all(_plain_modifier(t) for t in tokens[s:i]):
            return s
    return None


def _plain_modifier(tok: Token) -> bool:
    """A word, in either case, that can only modify the group word after it: a noun modifier
    that is not a count or a word of time ("Overnight residents said")."""
    # (hyphens and all: "Small-scale fishermen said")
    return _noun_modifier(tok._replace(text=tok.lower.replace("-", ""))) \
        and tok.lower not in QUANTITIES \
        and tok.lower not in {"overnight", "tonight", "elsewhere", "there"}


def _noun_modifier(t: Token) -> bool:
    """A plain lower-case word that can modify the noun after it: "district", "state"."""
    return t.kind == "w" and t.text.isalpha() and _modifier(t) and not t.lower.endswith("ly") \
        and t.lower not in PREPOSITIONS and t.lower not in DETERMINERS \
        and t.lower not in PRONOUNS and t.lower not in cue_verbs()


def _acronym_start(tokens: list[Token], j: int, acronym: str) -> int | None:
    """`the Organization for Security and Co-operation in Europe (OSCE)`: where the name
    that ends at ``j`` and that the acronym stands for begins, or None."""
    if not (acronym.isupper() and len(acronym) >= 3):
        return None
    initials = ""
    k = j
    while k > 0 and len(initials) < len(acronym) and (
            tokens[k - 1].text[:1].isupper() or tokens[k - 1].lower in {
                "and", "of", "for", "in", "the", "on", "&"}):
        k -= 1
        if tokens[k].text[:1].isupper():
            initials = tokens[k].text[0] + initials
    return k if initials == acronym else None


def _org_name_start(tokens: list[Token], i: int, j: int) -> int:
    """`the Ministry of Economy, Trade and Industry said`: commas and "and" inside a name."""
    if not (1 < i < j and tokens[i - 1].text in {",", "and"} and is_cap(tokens[i].text)):
        return i
    if tokens[i - 1].text == "," and not any(t.text in {"and", "&"} for t in tokens[i:j]):
        return i  # "Outside the Colleton County Courthouse, Frasier said": a list ends in "and"
    k = i - 1
    while k > 0 and i - k <= 10 and (tokens[k - 1].text in {",", "and", "of", "the", "for"}
                                     or tokens[k - 1].kind == "w" and is_cap(tokens[k - 1].text)):
        k -= 1
        if tokens[k].text in ORG_WORDS:
            return k
        if tokens[k].text == "the" and k > 0 and tokens[k - 1].text == ",":
            break  # "In a letter to Orkney Islands Council, the Westray and Papa Westray
            # Community Council said": a new phrase opens after the comma
    if tokens[i - 1].text == "and" and any(t.text in ORG_WORDS for t in tokens[i:j]):
        # "The Competition and Markets Authority said": the name began before its "and"
        k = i - 1
        while k > 0 and tokens[k - 1].kind == "w" and is_cap(tokens[k - 1].text):
            k -= 1
        if k < i - 1:
            return _remit_listed_before(tokens, k)
    return i


def _remit_listed_before(tokens: list[Token], k: int) -> int:
    """`The Culture, Sports and Tourism Bureau said`: the body's name starting at ``k`` goes
    back over a listed remit, if a determiner opens it ("Meanwhile, Trade and Industry
    Ministry officials said" has none)."""
    m = k
    while m >= 3 and tokens[m - 1].text == "," and tokens[m - 2].kind == "w" \
            and is_cap(tokens[m - 2].text) and tokens[m - 2].lower not in DETERMINERS:
        m -= 2
    return m if m < k and tokens[m - 1].lower in {"the", "a", "an"} else k


def determiner_before(tokens: list[Token], i: int, j: int) -> int | None:
    """`the port authority`, `the Chinese delegation`: a determiner up to three unknown
    lower-case words (or demonyms) before ``i``.

    Not across a number, and "a"/"an" never before a plural ("at a 2021 hearing residents").
    """
    k = i - 1
    while k > 0 and i - k <= 3 and tokens[k].kind == "w" \
            and (not is_cap(tokens[k].text) or tokens[k].text in DEMONYMS) \
            and (not tokens[k].text[0].isdigit() or "-year-old" in tokens[k].text) \
            and tokens[k].lower not in CLAUSE_MARKERS and tokens[k].lower not in _BETWEEN \
            and tokens[k].lower not in cue_verbs():
        det = tokens[k - 1]
        if det.kind == "w" and is_cap(det.text) and det.text not in DEMONYMS:
            # "the Port Sudan fish market", "the Antwerp police zone": a name that modifies
            # the noun, after the determiner
            m = k - 1
            while m > 0 and k - m < 4 and tokens[m - 1].kind == "w" and is_cap(tokens[m - 1].text):
                m -= 1
            if m > 1 and tokens[m - 1].lower in {"the", "a", "an"} \
                    and tokens[m - 2].lower in PREPOSITIONS:
                return m - 1
        if det.lower in DETERMINERS or possessive_owner(det.text):
            if det.lower in {"a", "an"} and tokens[j - 1].lower.endswith("s"):
                return None
            return k - 1
        k -= 1
    return None


# Verbs that end a speaker phrase even when any word may belong to it: "said the rules should"
_VERBS_NOT_NAMES = {"should", "must", "may", "might", "can", "shall", "be", "being"}


def phrase_after(tokens: list[Token], verb: int, loose: bool = False) -> tuple[int, int] | None:
    """Token range of the speaker phrase right after an inverted cue: `"...," said Ban.`

    ``loose`` takes any words up to the next punctuation: after "according to" nothing but the
    source can follow.
    """
    i = verb + 1
    j = i
    loose = loose or i < len(tokens) and tokens[i].lower in {"a", "an", "the", "one"}
    while j < len(tokens) and (np_word(tokens[j]) or weekday_surname(tokens, j)
                               or _ampersand(tokens, j)
                               or joins_body_name(tokens, i, j, len(tokens))
                               or _place_head(tokens, j) or (loose or _modifies_role(tokens, j))
                               and tokens[j].kind == "w"
                               and (tokens[j].lower not in CLAUSE_MARKERS
                                    or loose and _joins_modifiers(tokens, j)
                                    or _joins_names(tokens, j))
                               and tokens[j].lower not in _BETWEEN
                               and tokens[j].lower not in _VERBS_NOT_NAMES and j - i < 10):
        j += 1
    if j > i + 2 and tokens[j - 1].text[-1] in "'’" and tokens[j - 1].text[:1].islower():
        j -= 1  # "de Vries of the residents' platform Stop de Stroom": its head is no word here
    j = next((k for k in range(i + 2, j - 1) if tokens[k].lower in _CIRCUMSTANCE_PREPOSITIONS
              and is_cap(tokens[k - 1].text) and is_cap(tokens[k - 2].text)
              and all(t.kind == "w" and t.text.islower() for t in tokens[k + 1:j])), j)
    # ("said Marta Vidal in the regional parliament": where she said it)
    while j > i and (tokens[j - 1].lower in PREPOSITIONS or tokens[j - 1].lower in DETERMINERS):
        j -= 1
    k = j
    while k > i + 1 and (tokens[k - 1].text in _DATES and not weekday_surname(tokens, k - 1)
                         or tokens[k - 1].text.isdigit()):
        k -= 1
    if k < j:  # "released by the Central Election Commission on Monday", "late Tuesday"
        while k > i + 1 and tokens[k - 1].lower in {"on", "late", "early", "last", "this", "in"}:
            k -= 1
        j = k
    if j > i:
        j = listed_name_end(tokens, i, j)  # "said the Ministry of Economy, Trade and Industry"
    return (i, j) if j > i else None


_CIRCUMSTANCE_PREPOSITIONS = {"in", "at", "during", "outside", "before", "after"}


def weekday_surname(tokens: list[Token], k: int) -> bool:
    """`Emmanuel Sunday said`: a day's name after a given name is a surname; so is one that is
    all the subject a quote's attribution has (`"...," Sunday said`)."""
    return k > 0 and tokens[k].text in _DATES and (
        tokens[k - 1].text in given_names()
        or tokens[k - 1].kind == "q" or k > 1 and tokens[k - 1].text == ","
        and tokens[k - 2].kind == "q")


def _named_with_and(tokens: list[Token], k: int) -> bool:
    """Whether the capitalised word at ``k`` ends a name joined by "and" that follows a
    person's "of": "Zbigniew Kmiecik of Law and Justice" (but "the Ministry of Energy and
    Mines" is one name)."""
    return k >= 4 and tokens[k - 1].lower == "and" and tokens[k - 3].lower == "of" \
        and is_cap(tokens[k].text) and is_cap(tokens[k - 2].text) \
        and is_cap(tokens[k - 4].text) and tokens[k - 4].text not in ORG_WORDS


def _joins_names(tokens: list[Token], j: int) -> bool:
    """`the Irish Nurses and Midwives Organisation`: "and" between capitalised words."""
    return tokens[j].lower == "and" and 0 < j < len(tokens) - 1 \
        and is_cap(tokens[j - 1].text) and is_cap(tokens[j + 1].text)


def bracketed_at(tokens: list[Token], k: int, hi: int) -> bool:
    """Whether one word in brackets opens at ``k``: a body's initials, "(DSAL)", or a news
    agency, "(Bloomberg)"."""
    return k + 2 < hi and tokens[k].text == "(" and tokens[k + 2].text == ")"


def joins_body_name(tokens: list[Token], s: int, j: int, upto: int) -> bool:
    """Whether "and" at ``j`` is inside a body's name: `The Joint Admissions and Matriculation
    Board has withheld ...`."""
    if tokens[j].lower not in {"and", "&"} or j == s or not is_cap(tokens[j - 1].text):
        return False
    k = j + 1
    while k < upto and tokens[k].kind == "w" and is_cap(tokens[k].text):
        k += 1
    # (or a portfolio's: "Investment and Downstreaming Minister Arif Wicaksono defended"; or
    # the body's remit: "The National Institute of Anthropology and History has suspended")
    remit = j - 3 >= s and tokens[j - 2].lower in {"of", "for"} \
        and tokens[j - 3].text in ORG_WORDS
    return k > j + 1 and (tokens[k - 1].text in ORG_WORDS
                          or remit and not any(_is_title(tokens[t]) for t in range(j + 1, k))
                          or any(_is_title(tokens[t]) for t in range(j + 1, k - 1))
                          and not any(_is_title(tokens[t]) for t in range(s, j)))


def _joins_modifiers(tokens: list[Token], j: int) -> bool:
    """`current and former officials`: "and" between two lower-case modifiers."""
    return tokens[j].lower in {"and", "or"} and j > 0 and tokens[j - 1].text.islower() \
        and j + 2 < len(tokens) and tokens[j + 1].text.islower() \
        and tokens[j + 1].lower not in DETERMINERS and tokens[j + 1].lower not in PRONOUNS \
        and tokens[j + 2].kind == "w"


def _modifies_role(tokens: list[Token], j: int) -> bool:
    """`said lead author Dr. Ann Lee`, `EU antitrust chief Teresa Ribera`: a lower-case word
    before a role word."""
    return j + 1 < len(tokens) and _modifier(tokens[j]) and role_word(tokens[j + 1].lower)


def _modifies_body(tokens: list[Token], j: int) -> bool:
    """`The Sakhalin border directorate of ...`: a lower-case word before a body's noun, with a
    capitalised name before it."""
    return 0 < j < len(tokens) - 1 and _modifier(tokens[j]) \
        and tokens[j + 1].lower in ORG_NOUNS and tokens[j + 1].text.islower() \
        and is_cap(tokens[j - 1].text)


def _modifier(tok: Token) -> bool:
    """A lower-case word that may modify the noun after it: neither a clause word, a verb form
    nor a reporting verb (not "said Labor had promised")."""
    low = tok.lower
    return tok.text.islower() and low not in CLAUSE_MARKERS and low not in _BETWEEN \
        and not low.endswith(("ed", "ing")) and low not in INDIRECT_CUES


def apposition_after(tokens: list[Token], j: int) -> str | None:
    """`Ana Ribeiro, a union organiser from Porto, said`: the apposition after the name at j."""
    if j >= len(tokens) - 1 or tokens[j].text != ",":
        return None
    first = tokens[j + 1]
    article = first.lower in {"a", "an", "the"}
    # "said Diane Swonk, chief economist at KPMG": a role without an article; "Dr. Hans Kluge,
    # WHO's Europe director, said": an owner's role
    owned = first.text[:1].isupper() and first.lower.endswith(("'s", "’s"))
    if not (article or owned or first.text.islower() and role_word(first.lower)):
        return None
    k = j + 1
    words = []
    while k < len(tokens) and tokens[k].kind == "w" and tokens[k].lower not in CLAUSE_MARKERS:
        words.append(tokens[k].text)
        k += 1
    # ends at punctuation, or where a relative clause about it begins ("a mother of three who
    # lives nearby")
    if 1 < len(words) <= 10 and (k >= len(tokens) or tokens[k].kind in "ps"
                                 or tokens[k].lower in {"who", "whose", "which", "where", "that"}):
        return " ".join(words[1:] if article else words)
    return None


_LISTED_HEADS = {"Ministry", "Department", "Minister", "Secretary", "Office", "Committee",
                 "Commission", "Council", "Board", "Agency", "Institute", "Bureau", "Authority"}


def listed_name_start(tokens: list[Token], i: int) -> int:
    """Where a body's name with a listed remit begins: "Ministry of Trade, Industry and Energy",
    "Department of Environment, Tourism, Science and Innovation", "Minister for Agriculture,
    Food and the Marine"; else ``i``."""
    m = i
    while m > 0 and tokens[m - 1].kind == "w" and is_cap(tokens[m - 1].text):
        m -= 1  # "Animal Industry": a listed item of two words
    while m >= 2 and tokens[m - 1].text in {",", "and", "&"} and is_cap(tokens[m - 2].text):
        m -= 2
        while m > 0 and tokens[m - 1].kind == "w" and is_cap(tokens[m - 1].text):
            m -= 1
        if m >= 2 and tokens[m - 1].lower in {"of", "for"} and tokens[m - 2].text in _LISTED_HEADS:
            m -= 2
            while m > 0 and tokens[m - 1].kind == "w" and is_cap(tokens[m - 1].text):
                m -= 1
            return m
    return i


def listed_name_end(tokens: list[Token], i: int, j: int) -> int:
    """Where a body's name with a listed remit ends, the phrase ``tokens[i:j]`` being its start:
    "the Department of Environment" goes on ", Tourism, Science and Innovation", "the Vietnam
    Leather" on ", Footwear and Handbag Association"; else ``j``."""
    headed = any(tokens[k].text in _LISTED_HEADS and tokens[k + 1].lower in {"of", "for"}
                 for k in range(i, j - 1))
    if not headed and not (j < len(tokens) and tokens[j].text == ","
                           and all(is_cap(t.text) for t in tokens[i:j]
                                   if t.lower not in {"the", "a", "an"})):
        return j
    k = j
    while k + 1 < len(tokens) and tokens[k].text == "," and is_cap(tokens[k + 1].text):
        k += 2
        while k < len(tokens) and tokens[k].kind == "w" and is_cap(tokens[k].text):
            k += 1
    if k > j and k + 1 < len(tokens) and tokens[k].lower == "and" and is_cap(tokens[k + 1].text):
        k += 2
        while k < len(tokens) and tokens[k].kind == "w" and is_cap(tokens[k].text):
            k += 1
        if headed or tokens[k - 1].text in _LISTED_HEADS | _LISTED_TAILS:
            return k
    return j


# What ends a body's name whose remit is listed first: "the Vietnam Leather, Footwear and
# Handbag Association".
_LISTED_TAILS = {"Association", "Federation", "Confederation", "Union", "Chamber", "Alliance",
                 "Society", "Corporation"}


def _constituency_before(words: list[Token]) -> bool:
    """Whether ``words`` end in a title and "for" or "of" and the start of a place: "MSP for
    the Highlands and", "TD for"."""
    f = len(words) - 1
    while f > 0 and (is_cap(words[f].text) or words[f].lower in {"and", "the"}):
        f -= 1
    return f >= 1 and words[f].lower in {"for", "of", "from"} and _is_title(words[f - 1])


# Words that make a count approximate: "About 30 protesters", "some 200 residents".
ROUGHLY = {"about", "around", "nearly", "almost", "roughly", "some", "over", "approximately"}
# What a minister is minister of: "Minister of Industry and Trade", "Secretary for Transport".
PORTFOLIOS = set("""
Trade Industry Health Finance Transport Education Defence Defense Justice Energy Environment
Agriculture Culture Labour Labor Housing Tourism Commerce Economy Interior Communications
Affairs Planning Development Welfare Security Immigration Science Technology Infrastructure
Works Fisheries Water Mines Mining Sport Sports Youth Women Treasury Revenue Investment Arts
Heritage Veterans Forestry Lands Resources Climate Digital Innovation Children Families Marine
""".split())


# Title words that only qualify a role ("national security adviser"), never a role alone.
_QUALIFYING_TITLES = {"national", "federal", "regional", "local", "state", "general", "senior"}


def read_speaker(tokens: list[Token], i: int, j: int) -> Speaker | None:
    """Name, title and affiliation of the speaker phrase ``tokens[i:j]``.

    The attribution passes read many phrases more than once (a quote's sentence is read for
    its quote and again for reported speech, a comma's speaker for every verb after it), so
    readings are kept: the reading depends on the phrase and the eight tokens before it alone,
    and those, offsets included, are the key. Each caller gets a copy, since callers amend
    what they get. The cache is small: it serves the article being read, not a corpus.
    """
    if i < 0:
        return _read_speaker(tokens, i, j)
    lo = max(0, i - 8)
    found = _read_speaker_window(tuple(tokens[lo:j]), i - lo, j - lo)
    return None if found is None else Speaker(found.name, found.start, found.end, found.kind,
                                              found.title, found.affiliation)


@lru_cache(maxsize=256)
def _read_speaker_window(window: tuple[Token, ...], i: int, j: int) -> Speaker | None:
    return _read_speaker(list(window), i, j)


_UNION_NOUNS = {"union", "federation", "confederation"}
# What a body is, said before its name: "environmental NGO Reef Watch", "charity Shelter Cymru"
_BODY_DESCRIPTORS = {"ngo", "charity", "nonprofit", "non-profit", "watchdog", "thinktank",
                     "think-tank", "consultancy"}


def _union_named(words: list[Token]) -> Speaker | None:
    """`the IG BCE trade union`, `the Unite union`, `the PIT-CNT trade union federation`: the
    union by its name, what it is its title (but "the Nigerian union" is a description)."""
    if len(words) < 2 or words[-1].lower not in _UNION_NOUNS or not words[-1].text.islower():
        return None
    k = len(words) - 1
    while k > 0 and words[k - 1].text.islower() and words[k - 1].lower in {
            "trade", "labour", "labor"} | _UNION_NOUNS:
        k -= 1
    named = words[:k]
    if not named or not all(w.kind == "w" and is_cap(w.text) for w in named) \
            or named[-1].text.endswith(("'", "’")) or len(named) == 1 and not (
                named[0].text.isupper() or "-" in named[0].text) and (
                named[0].text in COUNTRIES or named[0].text in PLACES
                or named[0].lower.endswith(("ian", "ese", "ish", "ies"))
                or group_word(named[0].lower)):
        # (not "Teachers’ union", "the Nigerian union", "Fisheries union": who it is for)
        return None
    return Speaker(_join(named), named[0].start, named[-1].end, "organisation",
                   _join(words[k:]))


def _read_speaker(tokens: list[Token], i: int, j: int) -> Speaker | None:
    words = tokens[i:j]
    if not words or len(words) == 1 and _PARTY_TAG.fullmatch(words[0].text):
        return None  # "D-Greensboro": an aside about the name before it
    last = words[-1]
    if len(words) > 1 and last.text.endswith(("'s", "’s")) and last.text[:1].islower() \
            and words[-2].lower in {"the", "its", "this"}:
        # "according to the union's last published accounts": the union, whose they are
        words[-1] = Token(last.start, last.end - 2, last.text[:-2], last.kind, last.quote,
                          last.lower[:-2])
    inner_det = 0  # the last article after which no word is capitalised
    for n in range(len(words) - 1, 0, -1):
        if is_cap(words[n].text):
            break
        if words[n].lower in {"the", "a", "an"}:
            inner_det = n
            break
    if not inner_det:
        inner_det = next((n for n in range(1, len(words) - 1) if words[n].lower == "the"
                          and words[n - 1].text.isalpha() and words[n - 1].text.islower()), 0)
    if inner_det and not is_cap(words[inner_det - 1].text) and not any(
            w.lower in PREPOSITIONS or w.lower == "familiar" for w in words[:inner_det]):
        words = words[inner_det:]  # "At one point the crowd chanted": the crowd
    if len(words) > 3 and words[0].lower in {"one", "some", "several", "many", "two", "three"} \
            and words[1].lower == "of" and words[2].lower in {"the", "its", "their"} \
            and group_word(words[-1].lower) and all(w.kind == "w" and not is_cap(w.text)
                                                    for w in words[1:]):
        # "One of the rescued workers said": one of them, as the phrase picks them out
        name = _join(words)
        one = words[0].lower == "one"
        return Speaker(name, words[0].start, words[-1].end, "nominal" if one else "group",
                       name if one else None)
    # "one reporter", "Another MP": the counting word, kept in the name
    counted = words[0].lower if words[0].lower in {"one", "another"} and len(words) > 1 and (
        not is_cap(words[1].text) or _is_title(words[1]) or words[1].text in ORGS
        or words[1].text in DEMONYMS or words[1].text in COUNTRIES) else None  # "one EU diplomat"
    if len(words) == 1 and words[0].lower == "another":
        # "Another said:": another of those the article has just counted ("One MP said")
        return Speaker("another", words[0].start, words[0].end, "nominal", "another")
    while words and (words[0].lower in DETERMINERS or words[0].text.replace(",", "").isdigit()
                     or words[0].lower in ROUGHLY and len(words) > 2
                     and words[1].text.replace(",", "").isdigit()  # "About 30 protesters"
                     or words[0].text in OPENING_CONJUNCTIONS and len(words) > 1
                     or words[0].lower in QUANTITIES and len(words) > 1
                     and not is_cap(words[0].text) or words[0].text in {"Dozens", "Hundreds",
                                                                          "Thousands", "Scores"}):
        words = words[1:]
    union = _union_named(words)
    if union is not None:
        return union
    if len(words) > 3 and words[0].lower == "press" and words[1].lower in {"service", "office"} \
            and words[2].lower in {"of", "at", "for"}:
        # "The press service of the Russian Embassy in Baku told": the body speaks
        return _read_speaker(tokens, j - (len(words) - 3), j)
    outright = _body_outright(words)
    if outright is not None:
        return outright
    described = next((n for n in range(min(3, len(words) - 1))
                      if words[n].lower in _BODY_DESCRIPTORS
                      and all(is_cap(w.text) for w in words[n + 1:])), None)
    if described is not None and (described == 0 or all(
            w.text.islower() or w.text[:1].isupper() and w.lower.endswith(("al", "an", "ic"))
            for w in words[:described])):
        # "Environmental NGO Reef Watch Maldives", "Charity Shelter Cymru": what the body is,
        # then its name
        return Speaker(_join(words[described + 1:]), words[described + 1].start, words[-1].end,
                       "organisation", _join(words[:described + 1]))
    based = next((n for n, w in enumerate(words[:3]) if BASED_IN.fullmatch(w.text)), None)
    if based is not None and based + 1 < len(words) and (
            is_cap(words[based + 1].text) or words[based + 1].lower in ORG_NOMINALS) \
            and all(is_cap(w.text) for w in words[:based]):
        # "Oslo-listed Nordkyn Shipping", "St Petersburg-based Sevmor Line": where it is based
        # is not its name
        words = words[based + 1:]
    if len(words) > 2 and words[-1].text in _POSTNOMINALS and person_like(words[-3:-1]):
        words = words[:-1]  # "Conor Mac Giolla SC said": an honour or office after the name
    if len(words) > 1 and words[0].lower in ORG_NOMINALS and words[0].lower.endswith(("er", "or")) \
            and words[0].text[:1].isupper() and words[0].text not in ORG_WORDS \
            and all(is_cap(w.text) for w in words[1:]) and words[1].text not in given_names():
        # "Chipmaker Hsinyang said", "Promoter Arcadia Live announced": what the body is, then
        # its name (but "Promoter Eddie Hearn" is a person)
        return Speaker(_join(words[1:]), words[1].start, words[-1].end, "organisation")
    of = next((n for n in range(len(words) - 3, 1, -1) if words[n].lower in {"of", "from"}), None)
    if of is not None and words[-1].text.islower() and words[-1].lower in ORG_NOUNS \
            and (all(is_cap(w.text) or w.lower == "the" for w in words[of + 1:-1])
                 or words[of + 1].lower == "the" and len(words) - of <= 5
                 and all(w.text.isalpha() for w in words[of + 2:-1])) \
            and person_like(_untitled(words[:of])):
        # "Councilwoman Itzel Mendoza of the Morena party": the person, of that party
        named = _read_speaker(tokens, j - len(words), j - (len(words) - of))
        if named is not None and named.kind == "person":
            named.affiliation = named.affiliation or _join(
                [w for w in words[of + 1:] if w.lower != "the"])
            return named
    honorific = next((n for n in range(len(words) - 2, 1, -1)
                      if words[n].lower.rstrip(".") in _PLAIN_HONORIFICS
                      and not is_cap(words[n - 1].text) and person_like(words[n:])), None)
    if honorific is not None:
        # "Opposition spokeswoman on health Dr Andrea Thame-Morris": the name after the
        # honorific, the words before it her title
        named = _read_speaker(tokens, j - (len(words) - honorific), j)
        if named is not None and named.kind == "person" and named.title is None:
            named.title = _title(words[:honorific])
        return named
    if not words:
        return None
    if len(words) > 1 and words[-1].lower in PRONOUNS and words[-1].text.islower():
        words = words[-1:]  # "a gap they described as": a relative clause, its subject
    owned = next((n for n in range(1, len(words) - 1) if words[n].lower in POSSESSIVE_DETERMINERS
                  and words[n].text.islower() and words[n - 1].text.isalpha()
                  and words[n - 1].text.islower() and words[n - 1].lower not in PREPOSITIONS
                  and words[n - 1].lower not in DETERMINERS
                  and words[n - 1].lower not in {"and", "or", "but"}), None)
    if owned is not None:
        words = words[owned + 1:]  # "an offer their union described as": the same, "union"
    first = words[0]
    if len(words) == 1 and first.lower in PRONOUNS:
        if first.text[0].isupper() and first.lower != "i" and i > 0 \
                and tokens[i - 1].kind in "wp":
            # "Speaking in Beijing, He dismissed ...": mid-sentence, a capital makes it a name.
            return Speaker(first.text, first.start, first.end, "person")
        return Speaker(first.text, first.start, first.end, "pronoun")
    known = next((n for n, w in enumerate(words) if w.lower in _FAMILIAR or w.lower == "with"),
                 0)
    if len(words) > 2 and known and (words[known].lower in _FAMILIAR or "knowledge"
                                     in [w.lower for w in words]) \
            and (group_word(words[known - 1].lower) or role_word(words[known - 1].lower)
                 or words[known - 1].lower in {"person", "source"}):
        # "people familiar with the matter", "a person with direct knowledge of the matter",
        # "current and former officials familiar with the matter", "a person close to Ms.
        # Marchetti" (whoever the phrase names after it)
        group = group_word(words[known - 1].lower)
        if not group and words[known - 1].lower not in {"person", "source"}:
            # "a Syrian official familiar with the talks": the role, its modifiers and what
            # they know, all of which tells the reader who speaks
            end = len(words) if words[known].lower == "familiar" else known
            # (but "a Western diplomat involved in the Luanda talks": the diplomat)
            name = _join(words[:end])
            return Speaker(name, words[0].start, words[end - 1].end, "nominal", name)
        name, start = _join(words[known - 1:]), words[known - 1].start  # modifiers dropped
        return Speaker(name, start, words[-1].end, "group" if group else "nominal",
                       None if group else name)
    head = 1 if len(words) > 4 and (words[0].lower in DETERMINERS or words[0].lower in QUANTITIES) \
        else 0
    if len(words) > head + 3 and group_word(words[head].lower) \
            and words[head + 1].lower.endswith(("ing", "ed")) and words[head + 1].text.islower() \
            and words[head + 2].lower in PREPOSITIONS:
        # "Miners operating near Eteringbang told": the group, as the participle places it
        name = _join(words[head:])
        return Speaker(name, words[head].start, words[-1].end, "group")
    if len(words) > head + 3 and words[head].lower in _PLACED_DOCUMENTS \
            and words[head + 1].lower in _PLACING and words[head + 2].lower in PREPOSITIONS \
            and not any(is_cap(w.text) for w in words[head + 3:]):
        # "A notice posted on the factory gate said": the notice, which speaks for its owner
        # (but "a notice posted on the website of the State Administration ..." is theirs)
        doc = words[head]
        return Speaker(doc.text, doc.start, doc.end, "nominal", doc.text)
    owner = possessive_owner(words[0].text) if len(words) > 2 else None
    if owner and owner[:1].isupper() and words[-1].lower in _OUTPOSTS \
            and all(is_cap(w.text) for w in words[1:-1]):
        # "the IMD's Shimla centre said", "Reuters' Moscow bureau": the owner speaks
        return Speaker(owner, words[0].start, words[0].start + len(owner), "organisation")
    lead = next((n for n, w in enumerate(words) if w.text[:1].isupper()), 0)
    if 0 < lead <= 2 and all(w.text.isalpha() and w.text.islower() for w in words[:lead]) \
            and len(words) - lead > 2 and words[lead].text in ORG_WORDS \
            and all(w.text[:1].isupper() or w.lower in {"of", "and", "for", "&"}
                    for w in words[lead:]):
        words = words[lead:]  # "the state Department of Elementary and Secondary Education"
    head_end = next((n for n, w in enumerate(words) if w.lower in {"of", "for"}), len(words))
    if len(words) > 2 and _org_like(words) and all(
            w.text[:1].isupper() or w.lower in {"of", "and", ",", "the", "for", "&", "in", "on"}
            for w in words) and words[-1].text[:1].isupper() \
            and not any((words[n - 1].text in ORG_WORDS or _is_title(words[n - 1])
                         or words[n - 1].text in PORTFOLIOS) and person_like(words[n:])
                        and all(w.text[:1].isupper() for w in words[n:])
                        for n in range(1, len(words) - 1)) \
            and not _titled_given(words) and not person_like(_untitled(words[:head_end])) \
            and not (head_end < len(words) - 3 and _is_title(words[head_end - 1])
                     and words[head_end - 1].text not in ORG_WORDS and person_like(words[-2:])) \
            and not _office_of(words) and not _titled_surname(words):
        # (but "People's Party MP for Bangkok Sirilak Pongsiri", "Morowali District Head
        # Rachmansyah")
        # "Ministry of Economy, Trade and Industry": one name, commas and all.
        owner = possessive_owner(words[0].text)
        if owner and (len(words) <= 4 and words[-1].text == "Ministry"
                      or words[1].text == "Ministry"):
            # "Kazakhstan’s Energy Ministry", "Kuwait’s Ministry of Foreign Affairs": told from
            # other countries' ministries by its owner
            return Speaker(_join(words), words[0].start, words[-1].end, "organisation", None,
                           owner)
        if owner and len(words) > 2 and (owner in ORGS or owner in COUNTRIES or owner in DEMONYMS
                                         or owner in PLACES or owner.isupper()):
            # "the UN's World Food Programme", but "Lloyd's List Intelligence" is one name
            return Speaker(_join(words[1:]), words[1].start, words[-1].end, "organisation",
                           None, owner)
        return Speaker(_join(words), words[0].start, words[-1].end, "organisation")
    prep = next((n for n, w in enumerate(words) if w.lower in PREPOSITIONS), 0)
    rest = [w for w in words[prep + 1:] if w.lower not in DETERMINERS]
    first_cap = next((n for n, w in enumerate(words) if is_cap(w.text)), prep)
    if prep and words[prep].lower == "for" and prep + 2 < len(words) \
            and words[prep + 1].lower in {"a", "an"} and first_cap < prep and all(
                is_cap(w.text) for w in words[first_cap:prep] + words[prep + 2:]):
        # "(the group) Taxpayers for a Balanced Budget", "Citizens for a Safer Street": a name
        name = words[first_cap:]
        return Speaker(_join(name), name[0].start, name[-1].end, "organisation")
    if prep and words[prep - 1].lower == "group" and words[prep].lower == "of" \
            and group_word(words[-1].lower) and not any(w.text in ORG_WORDS for w in rest):
        # "A group of 14 Filipino investors": the people, as the phrase describes them
        return Speaker(_join(words), words[0].start, words[-1].end, "group")
    if prep and group_word(words[prep - 1].lower) and rest \
            and not any(is_cap(w.text) for w in words[1:prep]):
        # "Analysts at Goldman Sachs", "Residents in the Fennel Street area", "Cattle producers
        # in south-west Queensland": the group as the phrase places it; where, its affiliation
        return Speaker(_join(words), words[0].start, words[-1].end, "group", None, _join(rest))
    if prep and not is_cap(words[prep - 1].text) and (
            words[prep - 1].lower in ORG_NOUNS or words[prep - 1].lower in GROUP_NOUNS):
        rest = [w for w in words[prep + 1:] if w.lower not in DETERMINERS]
        named = next((n for n, w in enumerate(rest) if is_cap(w.text)), 0)
        if named and words[prep].lower in {"on", "for"} and len(rest) - named in {2, 3} \
                and all(w.text.islower() for w in rest[:named]) \
                and all(is_cap(w.text) for w in rest[named:]) and rest[named].text in given_names():
            # "Opposition spokesman on health Mark Jordan": a portfolio, then the person
            name = rest[named:]
            return Speaker(_join(name), name[0].start, name[-1].end, "person",
                           _join(words[:len(words) - len(name)]))
        if rest and (_org_like(rest) or not any(w.lower in TITLE_WORDS
                                                and w.lower not in ORG_NOUNS for w in rest)):
            # ("the border directorate of the Federal Security Service": a body's name, title
            # words and all)
            return _body_speaker(words, prep, rest)
    # The name is the run of capitalised words at the end of the phrase, after any title words.
    k = len(words)
    while k > 0 and (is_cap(words[k - 1].text) or words[k - 1].lower in PARTICLES
                     or _ampersand(words, k - 1)) and (
            possessive_owner(words[k - 1].text) is None
            or k < len(words) and words[k].text in ORG_WORDS):  # "Supporters’ Trust"
        k -= 1
    if 0 < k < len(words) - 2 and words[k - 1].lower == "the" and words[k].text.isupper() \
            and len(words[k].text) > 1 and words[k].text not in ORGS \
            and words[k].text not in COUNTRIES and person_like(words[k + 1:]):
        k += 1  # "Minority Leader in the THA Kelvon Daniel": the body is the title's
    remit = None
    if k == len(words) - 1 and _named_with_and(words, k):
        k -= 2  # "Zbigniew Kmiecik of Law and Justice": a party named with "and"
    elif k >= 4 and words[k - 1].lower in {"and", "&"} and is_cap(words[k - 2].text) \
            and words[k - 3].lower in {"of", "for"} and words[k - 4].text in ORG_WORDS:
        remit = k = k - 2  # "the Institute for Peace and Security": its remit, named with "and"
    # "China Chamber of Commerce to the EU": a preposition between capitalised words is inside
    # an organisation's name; after a person's name it brings their affiliation
    # ("Dr. Amir Haddad of Johns Hopkins University"), after a title it is part of the title
    # ("ambassador to the UN Matthew Rycroft").
    of_org: list[Token] = []
    body_named: list[Token] = []
    placed = k
    while placed > 2 and words[placed - 1].text[:1].isupper() \
            and not is_cap(words[placed - 1].text):
        placed -= 1  # "Dmytro Lysenko of the Kyiv-based Razumkov Centre": past the modifier
    if placed == k and placed > 3 and words[placed - 1].text.islower() and (
            words[placed - 1].lower in _BODY_KINDS or words[placed - 1].lower in ORG_NOMINALS):
        # "Alexei Grishin of the Moscow consultancy Energy Horizons": past what the body is and
        # where; its name is the affiliation
        body_named = words[k:]
        placed -= 1
        while placed > 2 and is_cap(words[placed - 1].text):
            placed -= 1
    if placed < k and words[placed - 1].lower in DETERMINERS_OR_PREPOSITIONS:
        k = placed
    while k >= 2 and words[k - 1].lower in DETERMINERS_OR_PREPOSITIONS:
        m = k - 1
        while m > 0 and words[m - 1].lower in DETERMINERS_OR_PREPOSITIONS:
            m -= 1
        if m == 0 or not is_cap(words[m - 1].text) or possessive_owner(words[m - 1].text):
            break
        left = m
        while left > 0 and (is_cap(words[left - 1].text) or words[left - 1].lower in PARTICLES) \
                and possessive_owner(words[left - 1].text) is None:
            left -= 1
        if _is_title(words[m - 1]) and not (
                m - left > 1 and _org_like(words[left:m]) and words[m - 1].text in ORG_WORDS):
            break  # "ambassador to the UN", "Oil Minister for", "People's Party MP for", but
            # "the Indonesian Democratic Party of Struggle"
        if person_like(_untitled(words[left:m])) and not _org_run_before(words, left):
            # (but "the Institute for Fiscal Studies at Oxford University": the end of a
            # body's name)
            if words[m].lower in {"of", "at", "from", "with"}:
                of_org = body_named or [w for w in words[k:] if w.lower not in DETERMINERS
                                        and (is_cap(w.text) or not w.text[:1].isupper())]
            words = words[:m]  # "Dr. Amir Haddad of Johns Hopkins University"
            k = left
            break
        if words[m].lower == "at" and _org_like(words[k:]) and (
                _org_like(words[left:m]) or _org_run_before(words, left)):
            # "the Centre for Security Studies at ETH Zurich": the centre speaks; where it
            # sits is its affiliation
            of_org = [w for w in words[k:] if w.lower not in DETERMINERS]
            words = words[:m]
            k = left
            continue
        if _org_like(words[left:m]) and (not any(w.text.islower() and role_word(w.lower)
                                                 for w in words[:left])
                                         or _named_before(words, left)):
            k = left  # "China Chamber of Commerce to the EU", "Bank of England" (but "an
            continue  # official at the Tajik Embassy in Moscow" is the official)
        if _org_run_before(words, left):
            k = left  # "the Centre for the Study of Democracy": one name, prepositions and all
            continue
        after = _join(words[k:]) if k < len(words) else ""
        if left == m - 1 and (after in COUNTRIES or after in SEATS_OF_GOVERNMENT
                              or [w.lower for w in words[m:k]] == ["the"]):
            if all(w.lower in DETERMINERS for w in words[:left]):  # "Transport for London",
                # "Save the Children", "Save the Vaal Environment": one name, a body's
                return Speaker(_join(words[left:]), words[left].start, words[-1].end,
                               "organisation")
            k = left
            continue
        break
    if k == remit:
        k += 2  # (no name found before the body: "An official from the Ministry of Energy and
        # Mines" is read as before)
    described = _role_of_somewhere(words, k, tokens[i].lower in {"a", "an"})
    if described is not None:
        return described
    cap_run = words[k:]
    name_words = cap_run
    body_end = next((n for n in range(len(cap_run) - 3, -1, -1) if cap_run[n].text in ORG_WORDS),
                    -1)  # the last organisation word but two
    after_body = body_end + 1
    while 0 <= body_end and after_body < len(cap_run) - 2 and (
            cap_run[after_body].lower in {"and", "the"} or cap_run[after_body].text in PORTFOLIOS):
        after_body += 1  # "Minister of Public Works and Transport Nabil Saadeh"
    if body_end >= 0 and after_body > body_end + 1 and person_like(cap_run[after_body:]):
        name_words = cap_run = cap_run[after_body:]
    elif body_end >= 0 and is_cap(cap_run[body_end + 1].text) \
            and person_like(cap_run[body_end + 1:]):
        # "Leader of the Opposition in the Legislative Assembly K S Nagaraj Shetty"
        name_words = cap_run = cap_run[body_end + 1:]
    elif len(cap_run) >= 5 and cap_run[-4].lower in {"to", "in"} \
            and cap_run[-3].text in COUNTRIES and person_like(cap_run[-2:]):
        # "Ambassador Extraordinary and Plenipotentiary of the Russian Federation to Mongolia
        # Sergei Ostrovsky": the envoy's posting, then the name
        name_words = cap_run = cap_run[-2:]
    elif len(cap_run) >= 3 and k >= 2 and words[k - 1].lower in {"in", "to"} \
            and _is_title(words[k - 2]) and cap_run[-2].text in given_names() \
            and cap_run[0].text not in given_names() and person_like(cap_run[-2:]):
        # "Russian Consul General in Erbil Dmitry Kalinin": the posting's town, then the name
        name_words = cap_run = cap_run[-2:]
    elif len(cap_run) >= 3 and _constituency_before(tokens[max(0, i - 8):i] + words[:k]):
        # "TD for Sligo-Leitrim Máiréad Gilligan", "MSP for the Highlands and Islands Euan
        # Drummond": the constituency, then the name (taken as its last two words); "Deputy
        # Minister of Industry and Trade Tran Thi Hong Nhung": a portfolio, then the whole name
        rest = cap_run
        while rest and rest[0].text in PORTFOLIOS:
            rest = rest[1:]
        last = max((n for n, w in enumerate(cap_run[:-2]) if w.text in PORTFOLIOS), default=-1)
        if rest is cap_run and last > 0 and person_like(cap_run[last + 1:]):
            rest = cap_run[last + 1:]  # "Minister of Humanitarian Affairs Gabriel Makuei Atem"
        name_words = cap_run = rest if rest is not cap_run and 2 <= len(rest) <= 4 \
            else cap_run[-2:]
    # In "spokesman Dean Mattock" a capitalised title word right after a lower-case one is a
    # first name.
    first_name = k > 0 and len(cap_run) == 2 and not is_cap(words[k - 1].text) \
        and _is_title(words[k - 1])
    titled_given = _titled_given(cap_run)
    if person_like(_untitled(cap_run)) or not _org_like(cap_run) or titled_given \
            or _titled_surname(cap_run):
        # Titles end where the name begins: "Superior Court Judge Harold Brandt", "Public
        # Defender Naomi Redcloud".
        # A role word by its ending opens the run only if it is no given name: "Grazier Col
        # Mahony", "Referee Chris Hartigan", but "Walter Peter Smith".
        last_title = next((n for n in range(len(cap_run) - 2, -1, -1)
                           if not (n == 0 and first_name) and not _after_patronymic(cap_run, n)
                           and not _given_title(cap_run, n)
                           and not _name_adjective(cap_run, n)
                           and (_is_title(cap_run[n]) or n + 2 < len(cap_run)
                                and (role_word(cap_run[n].lower)
                                     and cap_run[n].text not in given_names() if n > 0
                                     else occupation(cap_run[n])))), -1)
        if last_title >= 0 and not _knighted(cap_run[last_title:]):
            name_words = cap_run[last_title + 1:]
    while len(name_words) > 1 and not _is_name_tail(name_words) and not _knighted(name_words) and (
            name_words[0].lower.rstrip(".") in HONORIFICS
            or _is_title(name_words[0]) and not (first_name and name_words is cap_run)
            and not _given_title(name_words, 0)
            and not _org_like(name_words)  # "Cardinal Air"
            or name_words[0].lower in PREPOSITIONS or name_words[0].lower in DETERMINERS
            or name_words[0].text in PORTFOLIOS and len(name_words) > 2 \
            and person_like(name_words[1:]) and _join(name_words[1:]) not in COUNTRIES \
            and _join(name_words[1:]) not in COUNTRY_ALIASES  # "... and Heritage
            # Simon Aldridge": the end of a minister's portfolios, then the name
            or (name_words[0].text in ORGS or name_words[0].text in DEMONYMS
                or name_words[0].text in COUNTRIES) and not _org_like(name_words)
            and not (len(name_words) == 2 and name_words[0].text in _FIRST_NAME_COUNTRIES)):
        name_words = name_words[1:]
    if len(name_words) == 1 and _is_title(name_words[0]) \
            or name_words and name_words[-1].text in _OFFICES:
        name_words = []  # "the Home Secretary", "Foreign Affairs Minister": a role, not a name
    chain = words[: len(words) - len(name_words)]
    affiliation = _join(of_org) if of_org else _affiliation(chain)
    title = _title(chain)
    if 1 <= len(name_words) < len(cap_run) and name_words[-1] is cap_run[-1] and (
            len(name_words) == 1 and all(w.lower in _QUALIFYING_TITLES for w in cap_run[:-1])
            or _join(name_words) in COUNTRIES and any(
                not _is_title(w) and w.text not in DEMONYMS and w.text not in COUNTRIES
                for w in cap_run[:-len(name_words)])):
        # "National Grid", "Forest Justice Indonesia", "Fisheries New Zealand": a body's name,
        # not a title and a name
        return Speaker(_join(cap_run), cap_run[0].start, cap_run[-1].end, "organisation")
    if name_words:
        name = _join(name_words)
        start, end = name_words[0].start, name_words[-1].end
        if name in COUNTRIES or name in COUNTRY_ALIASES or name in SEATS_OF_GOVERNMENT:
            # "Brussels has argued", "Oslo said": a government by its capital
            return Speaker(name, start, end, "country", title, affiliation)
        if name in gazetteer():  # "Addis Abeba says": a town speaks through its government
            return Speaker(name, start, end, "organisation", title, affiliation)
        if len(name_words) == 1 and name[-1:] == "s" and name[:-1].isupper() \
                and name[:-1].lower() in TITLE_WORDS:
            # "Labour MPs, who had pushed for it, said": a group, named with its party
            return Speaker(_join(words), words[0].start, end, "group", None, title)
        if name in ORGS or any(w.text in ORG_WORDS for w in name_words) and not titled_given \
                or any(_name_adjective(name_words, n) for n in range(1, len(name_words))) or \
                len(name_words) > 1 and name_words[-1].text in COUNTRIES \
                and name_words[-1].text not in _FIRST_NAME_COUNTRIES or \
                (len(name_words) == 1 and name.isupper() and len(name) > 1):
            return Speaker(name, start, end, "organisation", title, affiliation)
        if name_words[0].lower in PRONOUNS and len(name_words) == 1:
            return Speaker(name, start, end, "pronoun")
        if name_words[0].text in NOT_NAMES and not (
                len(name_words) > 1 and chain and (_is_title(chain[-1]) or chain[-1].lower
                                                   .rstrip(".") in HONORIFICS)) \
                and not (len(words) == 1 and weekday_surname(tokens, i)):
            return None  # (but "Chief Sunday Adebayo": a title, then a name; '"...," Sunday
            # said': a surname)
        if any(_brand(w.text) for w in name_words):
            return Speaker(name, start, end, "organisation", title, affiliation)  # "ChemSafe"
        if len(name_words) == 1 and group_word(name.lower()):
            return Speaker(name, start, end, "group", title, affiliation)  # "Workers say"
        if len(name_words) == 1 and title and title.split()[-1] in _BODY_KINDS \
                and name not in given_names():
            # "the union Unite said", "the charity Shelter", "Russia's consumer rights watchdog
            # Rospotrebnadzor": a body, said what it is
            return Speaker(name, start, end, "organisation", None, affiliation)
        return Speaker(name, start, end, "person", title, affiliation)
    # No name: a group ("Opposition groups"), an organisation ("the ministry") or a role
    # ("the spokesman"), named by the phrase itself.
    head_at = next((n for n, w in enumerate(words) if w.lower in PREPOSITIONS), len(words))
    if not is_cap(words[-1].text) and (len(words) < 2 or head_at == len(words)
                                       or is_cap(words[-2].text) and words[-1].lower not in AREAS
                                       or words[-1].lower in DETERMINERS_OR_PREPOSITIONS):
        head_at = len(words)  # "the University of Michigan neurologist": the head comes last
        # (but "an official in the city's tourism promotion division" is an official)
    head = words[head_at - 1].lower if head_at else words[-1].lower
    name = _join(words)
    start, end = words[0].start, words[-1].end
    if head in ORG_NOMINALS and tokens[i].lower == "the":
        return Speaker(name, start, end, "nominal", name, affiliation)  # "the company said"
    if head in GROUP_NOUNS or group_word(head) or (
            head.endswith("s") and head not in ORG_NOUNS and head_at > 0
            and not is_cap(words[head_at - 1].text)):  # ("Many fishermen here said")
        return Speaker(name, start, end, "group", None, affiliation)
    if head in ORG_NOUNS and head not in {"spokesman", "spokeswoman", "spokesperson"}:
        owner = possessive_owner(words[0].text) if len(words) > 1 else None
        if owner and not is_cap(words[0].text):
            # "the city's planning services department": the department, the city's. A named
            # owner stays in the name: "China's commerce ministry".
            return Speaker(_join(words[1:]), words[1].start, end, "organisation", None, owner)
        if 2 <= len(words) <= 3 and words[0].text.isupper() and len(words[0].text) > 1 \
                and all(w.text.islower() for w in words[1:]) \
                and words[0].text not in COUNTRIES and words[0].text not in ORGS:
            # (not "the UN agency": an agency of the UN's)
            # "the FTMI union said", "the TASS news agency": the union, the agency is named
            return Speaker(words[0].text, words[0].start, words[0].end, "organisation")
        return Speaker(name, start, end, "organisation", None, affiliation)
    if counted and head.isalpha() and len(words) <= 5 and head not in ORG_NOMINALS:
        # "one reporter asked", "one former minister said": the phrase, counting word and all
        return Speaker(f"{counted} {name}", tokens[i].start, end, "nominal",
                       f"{counted} {name}", affiliation)
    if head in TITLE_WORDS or head in ORG_NOMINALS or head.endswith("maker"):
        return Speaker(name, start, end, "nominal", title or name, affiliation)
    if tokens[i].lower in DETERMINERS and (head.isalpha() or head.endswith("-year-old")) \
            and not head.endswith("s") and (len(words) <= 6 or role_word(head)):
        # "A former bartender told jurors": a person or body the article names elsewhere.
        return Speaker(name, start, end, "nominal", name, affiliation)
    owned = next((n for n, w in enumerate(words[:-1]) if possessive_owner(w.text)), None)
    if owned is not None and head in _REPORTS and head_at == len(words) \
            and all(w.text.islower() for w in words[owned + 1:]):
        # "Ofsted's report said", "Amnesty International's annual review found": the owner's
        # document, which speaks for its author
        return Speaker(name, start, end, "nominal", name, affiliation)
    return None


_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "representative", "statement"}


def _role_of_somewhere(words: list[Token], k: int, indefinite: bool = False) -> Speaker | None:
    """`the mayor of Springfield`, `a teacher from Leeds`, `a lawyer for Mr Smith`, `the owner
    of one of the centres in Ikorodu`, `An official at Japan's Ministry of Economy, Trade and
    Industry`: a role and where or whose it is. The capitalised words ``words[k:]`` at the end
    are not the speaker's name. After "a", capitalised words before the role are not a
    person's name ("A Pacific Crest agent in ...")."""
    if k == 0 or k == len(words):
        return None
    first_prep = next((n for n in range(k) if words[n].lower in PREPOSITIONS), None)
    if first_prep is None or first_prep == 0:
        return None
    role = words[first_prep - 1]  # "A Western diplomat in N'Djamena": the word before "in"
    content = [w for w in words[:first_prep] if w.lower not in DETERMINERS
               and not w.text.replace(",", "").isdigit()]
    # "A distributor in Adama": one business (or its owner) and where it is
    business = indefinite and role.lower in ORG_NOMINALS and words[first_prep].lower == "in"
    if not (role.text.islower() or _office_of(words)) \
            or not (role_word(role.lower) or business) \
            or (role.lower in ORG_NOMINALS or content[0].lower in ORG_NOMINALS) and not business \
            or not indefinite \
            and person_like([w for w in words[:first_prep - 1] if w.text[:1].isupper()]):
        return None
    cap_run = words[k:]
    if k > first_prep + 1 and words[k - 1].text.islower() \
            and words[k - 1].lower not in DETERMINERS_OR_PREPOSITIONS and person_like(cap_run):
        return None  # "chairman of selectors Chaminda Gunasekara": the role, then the name
    if len(cap_run) >= 3 and person_like(cap_run[-2:]) and _join(cap_run) not in gazetteer():
        return None  # "chief executive of Acme Corp John Smith": the name after the body
    start = next(n for n, w in enumerate(words) if w.lower not in DETERMINERS)
    where = [w for w in words[first_prep + 1:] if w.lower not in DETERMINERS]
    if where and where[0].text[:1].isupper():  # "at Japan's Ministry of ...": the body whole
        affiliation = _join(where)
    else:  # "of one of the centres in Ikorodu": the place
        affiliation = _join(cap_run)
    if (words[first_prep].lower in {"in", "from", "at"} and role.lower != "source"
            and not any(w.text in ORG_WORDS or w.lower in ORG_NOUNS for w in where)):
        # (but "an official at Japan's Ministry of ...", "a source in the Energy Ministry": which
        # official, by the body; and a source is only where it is: "a diplomatic source in
        # Helsinki")
        # "A Western diplomat in N'Djamena", "a Stoneridge employee in Winnipeg": the person is
        # the role, named with where they are (the phrase the article uses); where is their
        # affiliation
        role_words = words[start:first_prep]
        return Speaker(_join(words[start:]), words[start].start, words[-1].end, "nominal",
                       _join(role_words), affiliation)
    return Speaker(_join(words[start:]), words[start].start, words[-1].end, "nominal",
                   _join(words[start:first_prep]), affiliation)


def _body_outright(words: list[Token]) -> Speaker | None:
    """Phrases that name a body however the rest of the reading would take their words: a
    consulate general, a union's numbered local, a party after its leaning, a body's members."""
    general = next((n for n in range(1, len(words) - 1) if words[n].text == "Consulate"
                    and words[n + 1].text == "General"), None)
    if general is not None and all(is_cap(w.text) for w in words[:general]):
        # "the Russian Consulate General in Da Nang": a mission, named with where it is
        return Speaker(_join(words), words[0].start, words[-1].end, "organisation")
    if len(words) > 2 and words[-2].text in _NUMBERED_UNITS and words[-1].text[:1].isdigit() \
            and is_cap(words[-3].text):
        # "UAW Local 1887", "UNITE HERE Local 11", "Coast Guard District 14": a union's local,
        # a body's unit, numbered
        first = next(n for n in range(len(words) - 2, -1, -1)
                     if n == 0 or not is_cap(words[n - 1].text))
        if not (first > 1 and words[-2].text in {"Zone", "Ward", "Sector"}
                and words[first - 1].lower in PREPOSITIONS and group_word(words[first - 2].lower)):
            # (not "Residents of Sebokeng Zone 12": the people, where they live)
            return Speaker(_join(words[first:]), words[first].start, words[-1].end,
                           "organisation")
    leaning = next((n for n, w in enumerate(words)
                    if not (w.text.startswith(("pro-", "anti-")) or w.lower in _LEANINGS)),
                   len(words))
    if 0 < leaning < len(words) - 1 and words[-1].text in {"party", "coalition", "bloc",
                                                            "alliance", "movement"} \
            and all(is_cap(w.text) for w in words[leaning:-1]):
        # "The pro-Russian Vazrazhdane party called", "The opposition SYRIZA party accused":
        # the party by its name
        return Speaker(_join(words[leaning:-1]), words[leaning].start, words[-2].end,
                       "organisation")
    branch = next((n for n in range(min(4, len(words) - 2))
                   if words[n].text in {"branch", "chapter"} and words[n + 1].lower == "of"), None)
    if branch is not None and any(is_cap(w.text) for w in words[branch + 2:]) and not any(
            w.lower in PREPOSITIONS or role_word(w.lower) for w in words[:branch]) \
            and not any(w.text.islower() and _is_title(w) for w in words[branch + 2:]) \
            and not (words[-2].text in given_names() and person_like(words[-2:])):
        # "The Hatay branch of the Chamber of Civil Engineers", "the state chapter of the
        # party": the branch speaks, named with its body (and "the university's chapter of
        # the AAUP" without whose it is)
        named = words[1:] if words[0].text.endswith(("'s", "’s")) else words
        return Speaker(_join(named), named[0].start, named[-1].end, "organisation")
    friends = next((n for n in range(len(words) - 2) if words[n].text == "Friends"
                    and words[n + 1].lower == "of" and (n == 0 or words[n - 1].text.islower())),
                   None)
    if friends is not None:
        named = [w for w in words[friends + 2:] if w.lower not in DETERMINERS]
        if named and all(is_cap(w.text) for w in named) and named[0].text not in given_names() \
                and named[0].lower.rstrip(".") not in HONORIFICS:
            # "Friends of the Earth", "campaign group Friends of Castle Street Viaduct": a
            # body's name (not "Friends of Maria Lopez": a person's friends)
            return Speaker(_join(words[friends:]), words[friends].start, words[-1].end,
                           "organisation")
    if len(words) > 3 and words[0].lower == "members" and words[1].lower == "of":
        body = [w for w in words[2:] if w.lower not in DETERMINERS]
        if body and is_cap(body[0].text) and any(w.text in ORG_WORDS for w in body):
            # "members of the Association of Ukrainians in South Africa": the body speaks
            return Speaker(_join(body), body[0].start, body[-1].end, "organisation")
    return None


_NUMBERED_UNITS = frozenset({"Local", "District", "Precinct", "Ward", "Division", "Region",
                             "Lodge", "Chapter", "Branch", "Zone", "Sector", "Unit"})


def _office_of(words: list[Token]) -> bool:
    """`the Bishop of Truro`, `the Lord Mayor of Bristol`, `the Governor of the Bank of
    England`: a capitalised office and where it is held, naming the person who holds it."""
    first = next((n for n, w in enumerate(words) if w.lower not in DETERMINERS), len(words))
    prep = next((n for n in range(first, len(words)) if words[n].lower in {"of", "for"}), None)
    return prep is not None and prep > first and _is_title(words[prep - 1]) \
        and words[prep - 1].text not in ORG_WORDS \
        and all(is_cap(w.text) and (_is_title(w) or w.lower in {"lord", "lady"})
                for w in words[first:prep])


def _body_speaker(words: list[Token], prep: int, rest: list[Token]) -> Speaker:
    """`a spokeswoman for Alaska Airlines`, `the government in Ankara`, `officials at the bank`."""
    head = words[prep - 1].lower
    name = _join(words)
    if head in _SPOKESPEOPLE:
        # An unnamed spokesperson is an actor of their own, affiliated with the body.
        return Speaker(name, words[0].start, words[-1].end, "nominal", name, _join(rest))
    kind = "group" if head in GROUP_NOUNS else "organisation"
    owner = _join(rest)
    return Speaker(name, words[0].start, words[-1].end, kind, None,
                   _CAPITALS.get(owner, owner) if is_cap(owner) else None)


def _hyphenated_title(low: str) -> bool:
    """"attorney-at-law", "editor-in-chief", "secretary-general", "sub-delegate": titles joined
    by hyphens."""
    parts = low.split("-")
    if len(parts) == 2 and parts[0] in {"sub", "co", "ex"} and parts[1] in TITLE_WORDS:
        return True  # "sub-delegate", "ex-minister"
    return len(parts) > 1 and parts[0] in TITLE_WORDS and (
        len(parts) == 3 and parts[1] in {"at", "in", "of"}
        or len(parts) == 2 and parts[1] in TITLE_WORDS)


def _after_patronymic(words: list[Token], n: int) -> bool:
    """`Abdul Ghani bin Haji Osman`: after "bin" or "binti" comes the father's name, whose own
    honorific belongs to it rather than opening the speaker's."""
    return n > 0 and words[n - 1].lower in PATRONYMICS


def _is_title(word: Token) -> bool:
    return word.lower in TITLE_WORDS or word.text in _ROLE_ACRONYMS \
        or "-" in word.lower and (_PARENT_OF.fullmatch(word.lower) is not None
                                  or _hyphenated_title(word.lower)) \
        or word.lower.rstrip(".") in HONORIFICS and word.lower not in {"sir", "dame", "lord", "lady"}


# Roles written as capitals only, since as words they are something else: "PRO Jobe" (a public
# relations officer), "PIO Reyes" (a public information officer); police ranks of South and
# Southeast Asia ("ACP Rosli Mat Daud", an assistant commissioner; "DSP Kaur").
_ROLE_ACRONYMS = {"PRO", "PIO", "ACP", "DSP", "ASP", "SAC", "DCP", "SSP", "IGP"}


def _run_before(words: list[Token], k: int) -> list[Token]:
    """The capitalised words that end right before the prepositions and articles before
    ``words[k]``: "Sofia Navarro-Bright" of "Sofia Navarro-Bright of the Center"."""
    while k > 0 and words[k - 1].lower in DETERMINERS_OR_PREPOSITIONS:
        k -= 1
    start = k
    while start > 0 and is_cap(words[start - 1].text):
        start -= 1
    return words[start:k]


def _org_run_before(words: list[Token], k: int) -> bool:
    """Whether a body's name ends there: "Centre" of "the Centre for the Study of Democracy"."""
    run = _run_before(words, k)
    return bool(run) and _org_like(run)


def _named_before(words: list[Token], k: int) -> bool:
    """Whether a person's name ends there: "attorney Sofia Navarro-Bright of the Center for
    Biological Diversity"."""
    run = _run_before(words, k)
    return bool(run) and person_like(_untitled(run))


def _name_adjective(words: list[Token], n: int) -> bool:
    """`Argonne National Park`, `Yosemite National Park`: "National" after a name is part of a
    body's name, not a title ("National Security Adviser")."""
    return 0 < n < len(words) - 1 and words[n].text in _NAME_ADJECTIVES \
        and not _is_title(words[n - 1]) and words[n - 1].lower.rstrip(".") not in HONORIFICS


_NAME_ADJECTIVES = frozenset({"National", "International", "Federal", "Regional"})


def _given_title(words: list[Token], n: int) -> bool:
    """`Dean Whitfield`, `Police Minister Dean Whitfield`: a title word that is also a given
    name, before a surname alone, is the given name."""
    return n == len(words) - 2 and words[n].text in given_names() and words[n + 1].text.isalpha() \
        or n + 1 < len(words) and words[n + 1].text in {"Singh", "Kaur"} \
        or n > 0 and words[0].text in {"U", "Daw"}  # "Harjinder Singh Sandhu", "U Tun Tun Win"


def _titled_surname(words: list[Token]) -> bool:
    """`Morowali District Head Rachmansyah`, `County Council Leader Smith`: a body's name, a
    title, then one name (a surname, or a single name)."""
    if len(words) < 3 or not _is_title(words[-2]) or words[-2].text in ORG_WORDS \
            or not all(is_cap(w.text) for w in words):  # ("Ministry of Foreign Affairs")
        return False
    last = words[-1].text
    return last.isalpha() and last[:1].isupper() and last[1:].islower() \
        and not _is_title(words[-1]) and not any(
            last in words_of for words_of in (ORG_WORDS, ORGS, COUNTRIES, DEMONYMS, PLACES,
                                              PORTFOLIOS, _OFFICES))


def _titled_given(words: list[Token]) -> bool:
    """`Fisheries Minister Anne Power`, `Anne Power`: a given name, then a surname that is
    also a word of bodies' names, after a title or alone (then only the surnames among those
    words: "Austin Energy" and "Charlotte Water" are utilities)."""
    if len(words) < 2 or words[-2].text not in given_names() or not words[-1].text.isalpha() \
            or words[-2].text in COUNTRIES:  # ("Georgia Power")
        return False
    return len(words) >= 3 and _is_title(words[-3]) \
        or len(words) == 2 and words[-1].text in _SURNAMES_OF_BODIES


_SURNAMES_OF_BODIES = frozenset({"Power", "Post", "Steel", "Banks", "Chambers", "Nation",
                                 "Mission"})


def named_like_a_body(name: str) -> bool:
    """`Bev Steel`, `Anne Power`: a given name (or any capitalised word) and a surname that is
    also a word of bodies' names, which only what the article says of it tells apart."""
    words = name.split()
    return len(words) == 2 and words[1] in _SURNAMES_OF_BODIES and words[0].isalpha() \
        and words[0][:1].isupper() and words[0] not in ORG_WORDS


def _org_like(words: list[Token]) -> bool:
    return bool(words) and (any(w.text in ORG_WORDS or w.text == "&" for w in words)
                            or _join(words) in ORGS or _join(words[-2:]) in ORGS
                            # ("the Albanian Red Cross": no Albanian named Red Cross)
                            # "Health New Zealand", "Fisheries New Zealand": no one's surname
                            or len(words) > 2 and _join(words[-2:]) in COUNTRIES
                            or any(w.text in {"Without", "Against"} for w in words[1:-1]))


def _title_case_joint(tokens: list[Token], k: int) -> bool:
    """Whether a capitalised small word at ``k`` joins a name in title case: `Doctors Without
    Borders`, `Reporters Without Borders`, `Friends Of The Earth`."""
    return 0 < k < len(tokens) - 1 and tokens[k].text[:1].isupper() \
        and tokens[k].lower in {"without", "of", "for", "the", "and", "on", "in", "against"} \
        and tokens[k - 1].kind == "w" and is_cap(tokens[k - 1].text) and is_cap(tokens[k + 1].text)


def _place_head(tokens: list[Token], k: int) -> bool:
    """Whether the word at ``k`` says what kind of place the name before it is: `a shopkeeper in
    Khuruthang town`, `farmers in Kiambu county`."""
    return k >= 2 and tokens[k].lower in _PLACE_HEADS and tokens[k].text.islower() \
        and is_cap(tokens[k - 1].text) and tokens[k - 2].kind == "w"


# How a party is described before its name: "the opposition SYRIZA party"
_LEANINGS = {"opposition", "ruling", "governing", "nationalist", "far-right", "far-left",
             "centre-right", "centre-left", "center-right", "center-left", "conservative",
             "liberal", "populist", "main", "left-wing", "right-wing", "centrist",
             "leftist"}
_PLACE_HEADS = {"town", "village", "county", "district", "province", "township", "suburb",
                "region", "municipality", "commune", "state"}
# Where someone is, after a place's name: "a manager of an estate in the Hatton area".
AREAS = _PLACE_HEADS | {"area", "city", "island", "islands", "valley", "coast", "border"}


def _after_name_particle(tokens: list[Token], k: int) -> bool:
    """Whether the lower-case word at ``k`` ends a name after its particle: `Fondation du
    patrimoine`, `Caisse des dépôts`."""
    return k >= 2 and tokens[k].kind == "w" and tokens[k].text.isalpha() \
        and tokens[k].text.islower() and tokens[k - 1].lower in {"du", "des", "della", "del"} \
        and is_cap(tokens[k - 2].text)


def _ampersand(tokens: list[Token], k: int) -> bool:
    """Whether the "&" at ``k`` joins a name: `Procter & Gamble`, `Johnson & Johnson`."""
    return tokens[k].text == "&" and 0 < k < len(tokens) - 1 \
        and is_cap(tokens[k - 1].text) and is_cap(tokens[k + 1].text)


@lru_cache(maxsize=1 << 16)  # asked of every name word of every phrase read
def _brand(word: str) -> bool:
    """"ChemSafe", "PayPal": a capital inside a word marks a brand, not a person's name
    (but "McDonald", "MacLeod", "O'Neill", "DeShawn" are names)."""
    # A capital after a hyphen, apostrophe or full stop is a name's: "Lloyd-Evans", "D'Souza",
    # "K.N."
    inner = re.sub(r"[-'’.]\w", "", word[1:])
    return any(c.isupper() for c in inner) and not word.startswith(("Mc", "Mac", "O'", "O’", "De",
                                                                     "Di", "La", "Le"))


def _untitled(words: list[Token]) -> list[Token]:
    """The name part of a capitalised run: "Fire Chief Dan O'Neill" -> "Dan O'Neill"."""
    for last in range(len(words) - 2, -1, -1):
        if _is_title(words[last]):
            return words[last + 1:]
    return words[:]


def person_like(words: list[Token]) -> bool:
    """Two or three name words that are neither titles nor places nor organisations."""
    if len(words) < 2:
        return False  # most capitalised runs: one word
    names = [w for w in words if w.lower.rstrip(".") not in HONORIFICS]
    return 2 <= len(names) <= 4 and not _org_like(names) and not any(_brand(w.text) for w in names) \
        and names[-1].text not in _REGION_WORDS \
        and _join(names) not in PLACES and _join(names) not in gazetteer() \
        and _join(names) not in COUNTRIES \
        and not any(
        _is_title(w) or w.text in COUNTRIES or w.text in DEMONYMS or w.text in ORGS
        or possessive_owner(w.text) or (w.text.isupper() and len(w.text) > 1
                                        and not (w is names[0] and _INITIALS.fullmatch(w.text)))
        for w in names)


# Titles no one has as a surname, so a name cannot end in them.
_OFFICES = frozenset({"Minister", "Secretary", "Spokesman", "Spokeswoman", "Spokesperson",
                      "Chairman", "Chairwoman", "Chairperson", "Ambassador", "Commissioner",
                      "Director", "Premier"})
# What a street's name ends in: "Gordon Street", "West Bay Road".
STREETS = frozenset({"Avenue", "Street", "Road", "Square", "Boulevard", "Lane", "Drive",
                     "Highway"})
# Words that end the name of a region or a street: "A source in North Pyongan Province said"
# and "One resident of West Bay Road said" are no person's (but "Nathan Lane" is: the street
# words that are also surnames are left out).
_REGION_WORDS = frozenset({"Province", "Region", "Oblast", "Governorate", "Territory", "Krai",
                           "Republic", "Island", "Islands", "Peninsula", "Valley", "Delta"}) \
    | STREETS - {"Street", "Lane", "Square", "Drive"}
# Words that say what kind of body a one-word name is: "the union Unite".
_BODY_KINDS = frozenset({"union", "charity", "company", "party", "firm", "regulator", "watchdog",
                         "agency", "association", "group", "retailer", "carmaker", "airline"})
# "Mother-of-three Kelly Marsh": how the British press introduces a parent.
_PARENT_OF = re.compile(r"(?:grand)?(?:mother|father|mum|dad|mom)-of-[a-z]+")
# Honorifics that mark where a name starts, even after a title: "spokeswoman on health Dr X".
_PLAIN_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "mx"})
# Letters written after a person's name: counsel's rank, a parliament's seat, an honour.
_POSTNOMINALS = frozenset({"SC", "QC", "KC", "BL", "TD", "MP", "MSP", "MLA", "MEP", "MS", "OBE", "MBE",
                           "CBE", "KBE", "DBE", "JP"})


# Where a body is based or listed, written before its name: "Oslo-listed", "Antalya-based".
BASED_IN = re.compile(r"[A-Z][\w.&]*-(?:based|listed|headquartered|registered|owned|run|backed)")
# A person's initials before the surname: "K.N. Prakash", "R. Devendrappa".
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _knighted(words: list[Token]) -> bool:
    """`Sir Alan Pryce`: a British honour that belongs to the name."""
    return len(words) >= 3 and words[0].lower in {"sir", "dame", "lord", "lady"}


def _is_name_tail(words: list[Token]) -> bool:
    """`He Yadong`: a word that looks like a title or pronoun but starts a two-part name."""
    return (len(words) == 2 and words[0].lower in PRONOUNS and words[0].text[0].isupper()
            and words[1].text[0].isupper() and words[1].lower not in TITLE_WORDS)


def _join(words: list[Token]) -> str:
    out = words[0].text
    for prev, w in zip(words, words[1:]):
        out += ("" if w.start == prev.end else " ") + w.text
    return out


def owner_before(words: list[Token], n: int) -> str:
    """The whole name that owns the possessive ``words[n]``: "Age UK" in "Age UK's director"."""
    w = words[n]
    owner = possessive_owner(w.text) or w.text
    first = n
    while first > 0 and is_cap(words[first - 1].text) \
            and words[first - 1].lower.rstrip(".") not in HONORIFICS:
        first -= 1
    return _join(words[first:n] + [token(w.start, w.start + len(owner), owner, "w")])


def _affiliation(chain: list[Token]) -> str | None:
    if not chain:
        return None  # a bare name: most speaker phrases
    for n, w in enumerate(chain):
        owner = possessive_owner(w.text)
        if owner and is_cap(owner) and not (n + 1 < len(chain) and chain[n + 1].lower in _KIN):
            owner = owner_before(chain, n)  # (but "Oliver's mother": her son, no affiliation)
            return DEMONYMS.get(owner, owner)
    for w in chain:
        if w.text in DEMONYMS:
            return DEMONYMS[w.text]
        if w.text in COUNTRIES or w.text in ORGS:
            return w.text
    for n, w in enumerate(chain):
        if w.lower in {"of", "at", "for", "from"} and n + 1 < len(chain):
            rest = [x for x in chain[n + 1:] if x.lower not in DETERMINERS]
            if rest and is_cap(rest[0].text):
                return _join(rest)
    return None


def _title(chain: list[Token]) -> str | None:
    if not chain:
        return None  # a bare name: most speaker phrases
    words = list(chain)
    while words and words[0].lower in DETERMINERS:
        words = words[1:]
    owned = max((n for n, w in enumerate(words) if possessive_owner(w.text)
                 and is_cap(w.text)), default=-1)
    words = [w for n, w in enumerate(words) if n > owned and not possessive_owner(w.text)
             and w.text not in DEMONYMS and w.lower.rstrip(".") not in HONORIFICS]
    if words and (words[0].text in COUNTRIES or words[0].text in ORGS) and len(words) > 1 \
            and not any(possessive_owner(w.text) for w in chain):
        words = words[1:]  # "UN Secretary General": the UN is the affiliation
    while words and (words[-1].lower in PREPOSITIONS or words[-1].lower in DETERMINERS):
        words = words[:-1]
    if not words:  # "Gov. Maria Lourdes Tabinas": the governor
        return next((ROLE_ABBREVIATIONS[w.lower.rstrip(".")] for w in chain
                     if w.lower.rstrip(".") in ROLE_ABBREVIATIONS), None)
    return _join(words)
