"""Names by which an article refers to the target entity, and where it does so."""

from __future__ import annotations

import re
from functools import lru_cache

# For a country: demonyms, capital and the words for its government and leaders, so that
# "Moscow said" and "the Kremlin" count as Russia. Users extend these with their own aliases.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "Russia": ("Russian", "Russians", "Moscow", "Kremlin", "Russian Federation", "Putin",
               "Russia's UN ambassador", "Russian government", "Russian Foreign Ministry"),
    "China": ("Chinese", "Beijing", "People's Republic of China", "PRC", "Xi Jinping",
              "Chinese government", "Communist Party of China"),
    "United States": ("US", "U.S.", "USA", "America", "American", "Americans", "Washington",
                      "White House", "US government", "Pentagon"),
    "United Kingdom": ("UK", "U.K.", "Britain", "British", "London", "Downing Street",
                       "British government", "Whitehall"),
    "France": ("French", "Paris", "Elysee", "Élysée", "French government"),
    "Germany": ("German", "Germans", "Berlin", "Bundestag", "German government"),
    "Ukraine": ("Ukrainian", "Ukrainians", "Kyiv", "Kiev", "Ukrainian government"),
    "Iran": ("Iranian", "Iranians", "Tehran", "Iranian government"),
    "Israel": ("Israeli", "Israelis", "Jerusalem", "Israeli government"),
    "Syria": ("Syrian", "Syrians", "Damascus", "Syrian government", "Syrian regime", "Assad"),
    "Turkey": ("Turkish", "Turks", "Ankara", "Turkish government", "Türkiye", "Turkiye"),
    "Saudi Arabia": ("Saudi", "Saudis", "Riyadh", "Saudi government"),
    "India": ("Indian", "Indians", "New Delhi", "Indian government"),
    "Japan": ("Japanese", "Tokyo", "Japanese government"),
    "North Korea": ("North Korean", "North Koreans", "Pyongyang"),
    "European Union": ("EU", "E.U.", "Brussels", "European Commission"),
}


# More countries, each with its demonyms and capital, for targets and for telling a country from a
# person. Kept apart from COUNTRY_ALIASES, which speaker attribution reads too.
MORE_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "Australia": ("Australian", "Australians", "Canberra", "Australian government"),
    "Canada": ("Canadian", "Canadians", "Ottawa", "Canadian government"),
    "Mexico": ("Mexican", "Mexicans", "Mexican government"),
    "Brazil": ("Brazilian", "Brazilians", "Brasilia", "Brasília", "Brazilian government"),
    "Argentina": ("Argentine", "Argentinian", "Argentines", "Buenos Aires"),
    "Italy": ("Italian", "Italians", "Rome", "Italian government"),
    "Spain": ("Spanish", "Madrid", "Spanish government"),
    "Portugal": ("Portuguese", "Lisbon", "Portuguese government"),
    "Netherlands": ("Dutch", "The Hague", "Dutch government"),
    "Belgium": ("Belgian", "Belgians"),
    "Poland": ("Polish", "Poles", "Warsaw", "Polish government"),
    "Hungary": ("Hungarian", "Hungarians", "Budapest", "Hungarian government"),
    "Greece": ("Greek", "Greeks", "Athens", "Greek government"),
    "Sweden": ("Swedish", "Swedes", "Stockholm"),
    "Norway": ("Norwegian", "Norwegians", "Oslo"),
    "Denmark": ("Danish", "Danes", "Copenhagen"),
    "Finland": ("Finnish", "Finns", "Helsinki"),
    "Ireland": ("Irish", "Dublin", "Irish government"),
    "Switzerland": ("Swiss", "Bern"),
    "Austria": ("Austrian", "Austrians", "Vienna"),
    "South Korea": ("South Korean", "South Koreans", "Seoul"),
    "Taiwan": ("Taiwanese", "Taipei"),
    "Vietnam": ("Vietnamese", "Hanoi", "Viet Nam", "Việt Nam"),
    "Thailand": ("Thai", "Bangkok", "Thai government"),
    "Indonesia": ("Indonesian", "Indonesians", "Jakarta", "Indonesian government"),
    "Malaysia": ("Malaysian", "Malaysians", "Kuala Lumpur"),
    "Philippines": ("Filipino", "Filipinos", "Manila", "Philippine government"),
    "Pakistan": ("Pakistani", "Pakistanis", "Islamabad", "Pakistani government"),
    "Bangladesh": ("Bangladeshi", "Bangladeshis", "Dhaka"),
    "Afghanistan": ("Afghan", "Afghans", "Kabul"),
    "Iraq": ("Iraqi", "Iraqis", "Baghdad", "Iraqi government"),
    "Lebanon": ("Lebanese", "Beirut"),
    "Qatar": ("Qatari", "Doha"),
    "United Arab Emirates": ("UAE", "Emirati", "Abu Dhabi"),
    "Egypt": ("Egyptian", "Egyptians", "Cairo", "Egyptian government"),
    "Ethiopia": ("Ethiopian", "Ethiopians", "Addis Ababa", "Ethiopian government"),
    "Sudan": ("Sudanese", "Khartoum"),
    "Kenya": ("Kenyan", "Kenyans", "Nairobi", "Kenyan government"),
    "Nigeria": ("Nigerian", "Nigerians", "Abuja", "Nigerian government"),
    "South Africa": ("South African", "South Africans", "Pretoria"),
    "Senegal": ("Senegalese", "Dakar"),
    "Ghana": ("Ghanaian", "Ghanaians", "Accra"),
    "Ivory Coast": ("Ivorian", "Ivorians", "Côte d'Ivoire", "Côte d’Ivoire", "Abidjan",
                    "Yamoussoukro"),
    "Morocco": ("Moroccan", "Moroccans", "Rabat"),
    "Algeria": ("Algerian", "Algerians", "Algiers"),
    "Venezuela": ("Venezuelan", "Venezuelans", "Caracas"),
    "Colombia": ("Colombian", "Colombians", "Bogota", "Bogotá"),
    "Chile": ("Chilean", "Chileans", "Santiago"),
    "Peru": ("Peruvian", "Peruvians", "Lima"),
    "New Zealand": ("New Zealander", "New Zealanders", "Wellington"),
    "Belarus": ("Belarusian", "Minsk"),
    "Serbia": ("Serbian", "Serbs", "Belgrade"),
    "Mozambique": ("Mozambican", "Mozambicans", "Maputo", "Mozambican government"),
    "Tanzania": ("Tanzanian", "Tanzanians", "Dodoma", "Tanzanian government"),
    "Uganda": ("Ugandan", "Ugandans", "Kampala", "Ugandan government"),
    "Rwanda": ("Rwandan", "Rwandans", "Kigali", "Rwandan government"),
    "Zambia": ("Zambian", "Zambians", "Lusaka", "Zambian government"),
    "Zimbabwe": ("Zimbabwean", "Zimbabweans", "Harare", "Zimbabwean government"),
    "Angola": ("Angolan", "Angolans", "Luanda", "Angolan government"),
    "Namibia": ("Namibian", "Namibians", "Windhoek"),
    "Botswana": ("Botswanan", "Gaborone"),
    "Cameroon": ("Cameroonian", "Cameroonians", "Yaounde", "Yaoundé"),
    "Mali": ("Malian", "Malians", "Bamako"),
    "Niger": ("Nigerien", "Nigeriens", "Niamey"),
    "Burkina Faso": ("Burkinabe", "Ouagadougou"),
    "Somalia": ("Somali", "Somalis", "Mogadishu"),
    "South Sudan": ("South Sudanese", "Juba"),
    "Libya": ("Libyan", "Libyans", "Tripoli"),
    "Tunisia": ("Tunisian", "Tunisians", "Tunis"),
    "Madagascar": ("Malagasy", "Antananarivo"),
    "Kuwait": ("Kuwaiti", "Kuwaitis", "Kuwait City"),
    "Oman": ("Omani", "Omanis", "Muscat"),
    "Bahrain": ("Bahraini", "Bahrainis", "Manama"),
    "Yemen": ("Yemeni", "Yemenis", "Sanaa", "Sana'a"),
    "Armenia": ("Armenian", "Armenians", "Yerevan"),
    "Azerbaijan": ("Azerbaijani", "Azerbaijanis", "Azeri", "Baku"),
    "Moldova": ("Moldovan", "Moldovans", "Chisinau"),
    "Kazakhstan": ("Kazakh", "Kazakhs", "Astana", "Kazakh government"),
    "Uzbekistan": ("Uzbek", "Uzbeks", "Tashkent", "Uzbek government"),
    "Kyrgyzstan": ("Kyrgyz", "Kyrgyz Republic", "Bishkek", "Kyrgyz government"),
    "Tajikistan": ("Tajik", "Tajiks", "Dushanbe", "Tajik government"),
    "Turkmenistan": ("Turkmen", "Ashgabat"),
    "Mongolia": ("Mongolian", "Mongolians", "Ulaanbaatar"),
    "Nepal": ("Nepali", "Nepalese", "Kathmandu"),
    "Sri Lanka": ("Sri Lankan", "Sri Lankans", "Colombo"),
    "Myanmar": ("Burmese", "Burma", "Naypyitaw", "Yangon"),
    "Cambodia": ("Cambodian", "Cambodians", "Phnom Penh"),
    "Laos": ("Laotian", "Lao", "Vientiane"),
    "Singapore": ("Singaporean", "Singaporeans"),
    "Panama": ("Panamanian", "Panamanians", "Panama City", "Panamanian government"),
    "Costa Rica": ("Costa Rican", "Costa Ricans"),
    "Guatemala": ("Guatemalan", "Guatemalans", "Guatemala City"),
    "Honduras": ("Honduran", "Hondurans", "Tegucigalpa"),
    "El Salvador": ("Salvadoran", "Salvadorans", "San Salvador"),
    "Nicaragua": ("Nicaraguan", "Nicaraguans", "Managua"),
    "Cuba": ("Cuban", "Cubans", "Havana"),
    "Haiti": ("Haitian", "Haitians", "Port-au-Prince"),
    "Dominican Republic": ("Dominican", "Dominicans", "Santo Domingo"),
    "Jamaica": ("Jamaican", "Jamaicans"),
    "Ecuador": ("Ecuadorian", "Ecuadoreans", "Quito"),
    "Bolivia": ("Bolivian", "Bolivians", "La Paz"),
    "Paraguay": ("Paraguayan", "Paraguayans", "Asuncion", "Asunción"),
    "Uruguay": ("Uruguayan", "Uruguayans", "Montevideo"),
    "Czech Republic": ("Czech", "Czechs", "Czechia", "Prague"),
    "Slovakia": ("Slovak", "Slovaks", "Bratislava"),
    "Slovenia": ("Slovenian", "Slovenians", "Ljubljana"),
    "Croatia": ("Croatian", "Croatians", "Zagreb"),
    "Bosnia": ("Bosnian", "Bosnians", "Sarajevo"),
    "Romania": ("Romanian", "Romanians", "Bucharest"),
    "Bulgaria": ("Bulgarian", "Bulgarians"),
    "Albania": ("Albanian", "Albanians", "Tirana"),
    "Kosovo": ("Kosovan", "Kosovar", "Pristina"),
    "North Macedonia": ("Macedonian", "Skopje"),
    "Estonia": ("Estonian", "Estonians", "Tallinn"),
    "Latvia": ("Latvian", "Latvians", "Riga"),
    "Lithuania": ("Lithuanian", "Lithuanians", "Vilnius"),
    "Iceland": ("Icelandic", "Icelanders", "Reykjavik"),
    "Luxembourg": ("Luxembourgish",),
    "Cyprus": ("Cypriot", "Cypriots", "Nicosia"),
    "Malta": ("Maltese", "Valletta"),
    "Georgia": ("Georgian", "Georgians", "Tbilisi", "Georgian government"),
    "Guyana": ("Guyanese",),
    "Jordan": ("Jordanian", "Jordanians", "Amman"),
    "Djibouti": ("Djiboutian",),
    "Eritrea": ("Eritrean", "Eritreans", "Asmara"),
    "Chad": ("Chadian", "Chadians", "N'Djamena", "N’Djamena"),
    "Central African Republic": ("Bangui",),
    "Democratic Republic of Congo": ("DR Congo", "DRC", "Congolese", "Kinshasa"),
    "Malawi": ("Malawian", "Malawians", "Lilongwe"),
    "Lesotho": ("Basotho", "Maseru"),
    "Eswatini": ("Swazi", "Mbabane"),
    "Burundi": ("Burundian", "Gitega", "Bujumbura"),
    "Sierra Leone": ("Sierra Leonean", "Freetown"),
    "Liberia": ("Liberian", "Liberians", "Monrovia"),
    "Gambia": ("Gambian", "Banjul"),
    "Benin": ("Beninese", "Porto-Novo", "Cotonou"),
    "Togo": ("Togolese", "Lome", "Lomé"),
    "Gabon": ("Gabonese", "Libreville"),
    "Mauritania": ("Mauritanian", "Nouakchott"),
    "Mauritius": ("Mauritian", "Port Louis"),
    "Papua New Guinea": ("PNG", "Port Moresby"),
    "Fiji": ("Fijian", "Fijians", "Suva"),
    "Samoa": ("Samoan", "Samoans", "Apia"),
    "Tonga": ("Tongan", "Nuku'alofa"),
    "Bhutan": ("Bhutanese", "Thimphu"),
    "Maldives": ("Maldivian",),
    "Brunei": ("Bruneian", "Bandar Seri Begawan"),
    "Barbados": ("Barbadian", "Bajan", "Bridgetown"),
    "Trinidad and Tobago": ("Trinidadian", "Port of Spain"),
    "Montenegro": ("Montenegrin", "Podgorica"),
}
# Every name by which a known country is referred to (its name, demonyms, capital, government)
# -> the country: "Vilnius" -> "Lithuania".
COUNTRY_OF = {name: country for table in (COUNTRY_ALIASES, MORE_COUNTRY_ALIASES)
              for country, names in table.items() for name in (country, *names)}
COUNTRY_WORDS = frozenset(COUNTRY_OF)
# Place names that end many an organisation's name ("Sport Integrity Ireland", "NHS England").
_PLACES = set(COUNTRY_ALIASES) | set(MORE_COUNTRY_ALIASES) | {
    "England", "Scotland", "Wales", "Europe", "Africa", "Asia", "America", "International"}

# Last words that make a name a company's or an organisation's: "Kestrel Systems" is "Kestrel".
_BODY_ENDINGS = {"Systems", "Airlines", "Airways", "Group", "Inc", "Inc.", "Corp", "Corp.", "Ltd",
                 "Holdings", "Technologies", "Biosciences", "Pharmaceuticals", "Motors", "Bank",
                 "Power", "Energy", "Mining", "Media", "Partners", "Capital", "Labs", "Shipping",
                 "University", "College", "Service", "Trust", "Association", "Union", "Council",
                 "Police", "Agency", "Foundation", "Institute", "Club", "City", "United",
                 "Platinum", "Gold", "Metals", "Steel", "Oil", "Gas", "Resources", "Minerals",
                 "Chemicals", "Pharma", "Foods", "Dairy", "Retail", "Stores", "Industries",
                 "Enterprises", "Logistics", "Electric", "Telecom", "Communications", "Networks",
                 "Securities", "Insurance", "Software", "Solutions", "Studios", "Entertainment",
                 "Railways", "Company", "Co", "Co.", "plc", "PLC", "LLC", "AG", "SA", "NV",
                 "Rovers", "Athletic", "Wanderers", "FC"}
# Last words of a body's name whose first words alone would name something else ("Home Office",
# "Justice Department"): the name is an organisation's, but it has no short form.
_BODY_HEADS = _BODY_ENDINGS | {
    "Office", "Department", "Ministry", "Commission", "Authority", "Federation", "Society",
    "Network", "Committee", "Court", "Parliament", "Assembly", "Board", "Press", "Research",
    "Health", "Hospital", "School", "Rail", "Airport", "Party", "Council", "Institute",
    "Alliance", "Coalition", "Museum", "Library", "Fund", "Organisation", "Organization",
    "Services", "Pharmacy", "Pharmacies", "Hospitals", "Products", "Brands", "Manufacturing",
    "Construction", "Developments", "Properties", "Homes", "Hotels", "Resorts", "Finance",
    "Bancorp", "Airport", "Markets", "Motor", "Automotive", "Aerospace", "Semiconductor",
    "Robotics", "Therapeutics", "Healthcare", "Fitness", "Payments", "Foods", "Farms",
    "Government", "Corporation", "Municipality", "Bureau", "Center", "Centre", "District",
    "Administration", "Theatre", "Theater", "Gallery", "Works", "Management", "Meats",
    "Cooperative", "Observatory", "Zoo", "Port", "Exchange", "Tribunal", "Registry"}
# A company's legal form after its name: "Shan Lien Foods Co", "Harvest Lane Markets Inc.".
LEGAL_FORMS = frozenset({"Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "Co", "Co.", "plc", "PLC",
                         "LLC", "AG", "SA", "NV", "Bhd", "Berhad", "ASA", "GmbH", "Pty", "SE", "AB",
                         "Oyj", "SpA", "S.A.", "Limited", "S.C.", "N.V.", "B.V.", "S.p.A.",
                         "P.L.C."})
# Words of a name that make it a business's: "Shan Lien Foods Co" is a company, and "the
# agency" in its article someone else.
_COMPANY_ENDINGS = LEGAL_FORMS | (_BODY_ENDINGS - {
    "University", "College", "Service", "Trust", "Association", "Union", "Council", "Police",
    "Agency", "Foundation", "Institute", "Club", "City", "United", "Rovers", "Athletic",
    "Wanderers", "FC", "Partners", "Capital", "Media", "Power", "Gold", "Oil", "Gas", "Dairy"})
# First words that only qualify the body's name: "U.S. Postal Service" is "the Postal Service".
_QUALIFIERS = {"U.S.", "US", "UK", "U.K.", "British", "American", "National", "Federal", "Royal"}
# First words of a name that no person's begins with: "Central Weather Administration".
_BODY_FIRST = _QUALIFIERS | {"Central", "Metropolitan", "Regional", "State", "City", "County"}
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "del", "le", "la", "bin", "al", "ter"}


def country_names(target: str) -> tuple[str, ...]:
    """A country's other names: demonyms, capital, government words ("Kenyan", "Nairobi")."""
    return COUNTRY_ALIASES.get(target) or MORE_COUNTRY_ALIASES.get(target, ())


def target_kind(target: str, text: str | None = None) -> str:
    """"country", "person" or "organisation", read from the target's name and, given the
    article's ``text``, from how it writes the name.

    A country is one of the known ones; a person's name is two to four capitalised words with no
    organisation or place word among them ("Claire Donnelly", "Margriet van der Linden"), unless
    the article writes it as a body's ("Helion Orbital, which ...", "IronPeak Fitness Inc.");
    anything else ("Kelvo", "NHS England", "Sport Integrity Ireland") is an organisation.
    """
    kind = _kind_of_name(target)
    if kind == "person" and text is not None and (_written_as_body(target, text)
                                                  or _common_last_word(target, text)):
        return "organisation"
    return kind


_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof)\.?\s+$")


@lru_cache(maxsize=64)
def _common_last_word(target: str, text: str) -> bool:
    """Whether a name that looks like a person's ends in a common noun the article also writes
    in lower case ("Halcrest Cement" and "cement", "Housing Bureau" and "the bureau", "World
    Rugby" and "rugby"), where nothing marks it as a person's: its first word is no known given
    name, no title stands before its last ("Mr Lamb"), and "he" or "she" does not follow it more
    often than "it"."""
    words = target.split()
    last = words[-1]
    if last.lower() == last or not any(
            not _wordish(text, i + len(last)) for i in _starts(text, last.lower())):
        return False
    from .speakers import given_names  # (speakers imports this module's tables)
    if words[0] in given_names():
        return False
    if any(_TITLED.search(text, max(0, i - 8), i) for i in _starts(text, last)):
        return False
    its = hers = 0
    for i in _starts(text, words[0]):
        rest = _SENTENCE_REST.match(text, i + len(words[0])).group(0)
        its += len(_IT.findall(rest))
        hers += len(_HE_SHE.findall(rest))
    return hers <= its


@lru_cache(maxsize=64)
def _written_as_body(target: str, text: str) -> bool:
    """Whether the article writes a name as a body's, never a person's: "IronPeak Fitness
    Inc.", "Helion Orbital, which has launched ..." (a person is "who"), "Tessaly ASA"; or
    calls it by its first word alone ("Wyvern said", "Wyvern, which ...") and never by its
    last, as an article does a company and never a person (who is "Mr Pruitt", "Pruitt")."""
    if target not in text:
        return False
    if any(_BODY_SUFFIX.match(text, i + len(target)) for i in _starts(text, target)):
        return True
    first, *_, last = target.split()
    if first.lower() in _COMMON_HEADS or first in _PLACES:
        return False
    words = target.split()
    if _first_word_alone(text, words[0], words[1]) < 2 \
            or _last_word_alone(text, words[-2], words[-1]):
        return False
    # ... and what follows the name in its sentences is "it" more often than "she" or "he".
    its = hers = 0
    for m in re.finditer(rf"{_name_start(first)}(?![\w-])", text):
        rest = _SENTENCE_REST.match(text, m.end()).group(0)
        its += len(_IT.findall(rest))
        hers += len(_HE_SHE.findall(rest))
    return its > hers


_SENTENCE_REST = re.compile(r"[^.!?\n]{0,200}")
_IT = re.compile(r"\b(?:it|its|itself)\b")
_HE_SHE = re.compile(r"\b(?:he|she|his|her|him|hers|himself|herself)\b")


# What makes a name a body's right after it: "IronPeak Fitness Inc.", "Helion Orbital, which".
_BODY_SUFFIX = re.compile(r",?\s+(?:Inc|Corp|Ltd|LLC|plc|PLC|AG|GmbH|ASA|AB|SE|NV|SA|SpA|S\.A|Oyj"
                          r"|Bhd|Pty)\b|,\s+which\s")
_SPACES = re.compile(r"\s+")

# The functions below search the article for its target's names with str.find and a few fixed
# patterns, rather than compile a pattern of each name: a new target (a corpus of new articles
# has them) paid about 0.1 ms per pattern. Each docstring gives the pattern it stands for, and
# tests/test_speedups.py compares the two.


def _wordish(text: str, i: int) -> bool:
    """Whether ``text[i]`` exists and is a word character or a hyphen: ``[\\w-]``."""
    return 0 <= i < len(text) and ((c := text[i]).isalnum() or c == "_" or c == "-")


def _starts(text: str, name: str):
    """The matches of ``_name_start(name)``: where ``name`` starts with no word character or
    hyphen before it (overlapping ones too)."""
    i = text.find(name)
    while i >= 0:
        if not _wordish(text, i - 1):
            yield i
        i = text.find(name, i + 1)


def _first_word_alone(text: str, first: str, second: str) -> int:
    r"""``len(re.findall(_name_start(first) + r"(?!\s+" + re.escape(second) + r"(?![\w-]))"
    r"(?:['’]s)?(?![\w-])", text))``: how often the name's first word stands alone ("Wyvern
    said", not "Wyvern General")."""
    def match_end(end: int) -> int:
        space = _SPACES.match(text, end)
        if space and text.startswith(second, space.end()) \
                and not _wordish(text, space.end() + len(second)):
            return -1
        if text.startswith(("'s", "’s"), end) and not _wordish(text, end + 2):
            return end + 2
        return -1 if _wordish(text, end) else end

    return _count_alone(text, first, match_end)


_POSSESSIVE_END = re.compile(r"['’]s?$")


def _first_name_alone(first: str, text: str) -> bool:
    """Whether the article calls a person by their first name alone ("Jonas has been tested 40
    times"), and no one else it names has that first name."""
    followed = {_POSSESSIVE_END.sub("", m.group(1))  # ("Strand" and "Strand's": one name)
                for m in _names_after(first, text)}
    return _alone_at(first, text) >= 0 and len(followed) <= 1


# The two searches of ``_first_name_alone`` go from each place the name starts (str.find) with
# fixed patterns, instead of compiling patterns of the name: each person target has its own, and
# the two compiles cost about 0.5 ms, as much as the rest of the target's aliases.
_NAME_AFTER = re.compile(r"\s+([A-Z][\w'’-]+)")
_NOT_AFTER_WORD = re.compile(r"(?<![\w-])")
_ALONE_AFTER = re.compile(r"(?:['’]s)?(?![\w-])(?!\s+[A-Z])")


def _names_after(first: str, text: str) -> list[re.Match[str]]:
    r"""The matches of ``_NAME_AFTER`` after each ``first`` that ``re.finditer(re.escape(first)
    + r"\s+([A-Z][\w'’-]+)", text)`` finds: scanned as it scans, from a match's end."""
    found = []
    i = text.find(first)
    while i >= 0:
        m = _NAME_AFTER.match(text, i + len(first))
        if m:
            found.append(m)
        i = text.find(first, m.end() if m else i + 1)
    return found


def _alone_at(first: str, text: str) -> int:
    r"""Where ``re.search(r"(?<![\w-])" + re.escape(first) + r"(?:['’]s)?(?![\w-])(?!\s+[A-Z])",
    text)`` matches first, or -1."""
    i = text.find(first)
    while i >= 0:
        if _NOT_AFTER_WORD.match(text, i) and _ALONE_AFTER.match(text, i + len(first)):
            return i
        i = text.find(first, i + 1)
    return -1


def _count_alone(text: str, word: str, match_end) -> int:
    """How many non-overlapping matches of ``word`` start after no word character or hyphen and
    have an end by ``match_end`` (given where ``word`` ends; -1 for no match there), scanned as
    ``re.findall`` scans: after a match, from its end; after a miss, from the next character."""
    count = 0
    i = text.find(word)
    while i >= 0:
        end = -1 if _wordish(text, i - 1) else match_end(i + len(word))
        if end < 0:
            i = text.find(word, i + 1)
        else:
            count += 1
            i = text.find(word, end)
    return count


def _last_word_alone(text: str, before: str, last: str) -> bool:
    r"""Whether ``re.search(l + r"(?<!" + re.escape(before) + r"\s" + l + r")(?<![\w-]" + l
    + ")" + re.escape(last[1:]) + r"(?![\w-])", text)`` finds anything, ``l`` being
    ``re.escape(last[0])``: the name's last word alone ("General", not after the word before it
    in the name)."""
    for i in _starts(text, last):
        gap = i - 1 - len(before)
        if not _wordish(text, i + len(last)) and not (
                gap >= 0 and text[i - 1].isspace() and text.startswith(before, gap)):
            return True
    return False


@lru_cache(maxsize=256)
def _kind_of_name(target: str) -> str:
    if target in COUNTRY_ALIASES or target in MORE_COUNTRY_ALIASES:
        return "country"
    words = target.split()
    if not 2 <= len(words) <= 4 or words[-1] in _BODY_HEADS or words[-1] in _PLACES or \
            words[-1] in LEGAL_FORMS or words[0] in _BODY_FIRST:
        return "organisation"
    if any(w.isupper() and len(w) > 1 or w in {"&", "of", "and", "for", "the"} for w in words):
        return "organisation"
    if not all(w[:1].isupper() or w in _PARTICLES for w in words[1:]) or \
            not words[0][:1].isupper():
        return "organisation"
    return "person"


def target_aliases(target: str, aliases: list[str] | tuple[str, ...] | None = None,
                   text: str | None = None) -> list[str]:
    """The target's name, its default aliases and the user's, longest first, without repeats.

    A country brings its demonyms, capital and government words; a company named "X Systems"
    is also "X" ("U.S. Postal Service" is also "Postal Service"); a person's full name also
    stands for their surname, and for a known first name the article uses alone.
    """
    return list(_target_aliases(target, tuple(aliases or ()), text))


# analyse() asks twice for each article (its mentions, and the references scored for stance):
# the second time is answered from here. Small: it serves the article being read, not a corpus.
@lru_cache(maxsize=16)
def _target_aliases(target: str, aliases: tuple[str, ...], text: str | None) -> tuple[str, ...]:
    words = target.split()
    short: list[str] = []
    kind = target_kind(target, text)
    if kind == "organisation" and len(words) >= 2:
        if words[-1] in LEGAL_FORMS and len(words) >= 3:
            # "Shan Lien Foods Co" is "Shan Lien Foods", and that is "Shan Lien"
            base = " ".join(words[:-1])
            short.append(base)
            if target_kind(base, text) == "organisation":
                short.extend(_target_aliases(base, (), text))
            elif text is not None:
                short.extend(_short_in(base, text))
        elif words[0] in _QUALIFIERS and len(words) >= 3:
            short.append(" ".join(words[1:]))
        elif words[-1] in _BODY_ENDINGS and not (
                len(words) == 2 and words[0].lower().endswith(("an", "ish", "ese", "al"))):
            short.append(" ".join(words[:-1]))  # but "European Commission" is not "European"
            if text is not None and len(words) >= 3:
                # "Lanhai New Energy" is "Lanhai" where the article calls it so
                short.extend(_short_in(target, text))
        elif text is not None:
            short.extend(_short_in(target, text))
        if text is not None:
            short.extend(_acronym_in(target, text))
    elif kind == "person":
        # the surname, with its particles: "Margriet van der Linden" is "van der Linden"
        first = next((i for i, w in enumerate(words[1:], 1) if w in _PARTICLES), len(words) - 1)
        short.append(" ".join(words[first:]))
        from .speakers import given_names  # (speakers imports this module's tables)
        if text is not None and len(words) >= 2 and words[0] in given_names() \
                and _first_name_alone(words[0], text):
            short.append(words[0])  # "Julian was on podcasts", said of Julian Strand
    names = [target, *country_names(target), *short, *aliases]
    seen: dict[str, str] = {}
    for name in names:
        name = name.strip()
        if name and name.lower() not in seen:
            seen[name.lower()] = name
    return tuple(sorted(seen.values(), key=len, reverse=True))


@lru_cache(maxsize=64)
def _short_in(target: str, text: str) -> tuple[str, ...]:
    """The first words of a body's name that the article uses alone as its name, at least
    twice: "Helion would publish", "Helion's shares" for Helion Orbital; "Prairie Crest had"
    for Prairie Crest Health. Not a word the article also writes in lower case ("Sport" for
    Sport Integrity Ireland: "clean sport") nor a place ("in Sligo")."""
    words = target.split()
    for n in range(len(words) - 1, 0, -1):
        if not all(w[:1].isupper() for w in words[:n]) or words[n].lower() in _OF_A_PLACE:
            continue  # "Karnataka government": "Karnataka" is the place
        head = " ".join(words[:n])
        if head.lower() in _COMMON_HEADS or head in _PLACES or head not in text:
            continue  # "Zimbabwe" alone is the country, not Zimbabwe Broadcasting Corporation
        if _head_alone(text, head) >= 2 and not _head_otherwise(text, head):
            return (head,)
    return ()


_WORD_NEXT = re.compile(r"\s+[a-z]|[,.;:]")
# "in", "near", "across" or "around" and a space before a place, on the reversed text
_PLACE_BEFORE_REVERSED = re.compile(r"\s+(?:ni|raen|ssorca|dnuora)(?![\w-])")


def _head_alone(text: str, head: str) -> int:
    r"""``len(re.findall(_name_start(head) + r"(?:['’]s)?(?=\s+[a-z]|[,.;:])", text))``: how
    often the name's first words stand alone ("Helion would", "Helion's shares")."""
    def match_end(end: int) -> int:
        if text.startswith(("'s", "’s"), end) and _WORD_NEXT.match(text, end + 2):
            return end + 2
        return end if _WORD_NEXT.match(text, end) else -1

    return _count_alone(text, head, match_end)


def _head_otherwise(text: str, head: str) -> bool:
    r"""Whether ``re.search("(?:" + _name_start(head.lower()) + "|(?:" + places + r")\s+"
    + re.escape(head) + r")(?![\w-])", text)`` finds anything, ``places`` being the
    ``_name_start`` of "in", "near", "across" and "around": the name's first words as a common
    word or a place ("sport", "in Sligo")."""
    low = head.lower()
    if any(not _wordish(text, i + len(low)) for i in _starts(text, low)):
        return True
    reverse = None
    i = text.find(head)
    while i >= 0:
        if not _wordish(text, i + len(head)):
            if reverse is None:
                reverse = text[::-1]
            if _PLACE_BEFORE_REVERSED.match(reverse, len(text) - i):
                return True
        i = text.find(head, i + 1)
    return False


@lru_cache(maxsize=64)
def _acronym_in(target: str, text: str) -> tuple[str, ...]:
    """The initials of a body's name where the article uses them: "GEC chairman" for the
    General Election Commission, "(OPSS)" for the Office for Product Safety and Standards."""
    initials = "".join(w[0] for w in target.split() if w[:1].isupper())
    if len(initials) < 3 or initials == target or initials not in text:
        return ()
    return (initials,) if _spans_of(text, (initials,)) else ()


# Words after a place in the name of its authority: "Karnataka government", "Kent County".
_OF_A_PLACE = {"government", "administration", "state", "county", "city", "district",
               "province", "region", "municipality", "borough"}
# First words of a body's name that name something else alone ("National", "General").
_COMMON_HEADS = {q.lower() for q in _QUALIFIERS} | {"general", "the", "new", "north", "south",
                                                    "east", "west", "central", "united"}


def mention_pattern(names: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """A regex matching any of ``names`` as whole words; possessives match by their stem."""
    return _mention_pattern(tuple(names))


@lru_cache(maxsize=256)
def _mention_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(_name_start(n) for n in sorted(names, key=lambda n: (-len(n), n))
                            if n)
    return re.compile(rf"(?:{alternatives})(?![\w])")


def _name_start(name: str) -> str:
    r"""A regex for the text ``name`` where no word character or hyphen stands before it:
    "(?<![\w-])" written after the name's first character, so that the regex engine can skip
    ahead to that character instead of trying the lookbehind at every position of the text."""
    if not name:
        return r"(?<![\w-])"
    first = re.escape(name[0])
    return f"{first}(?<![\\w-]{first}){re.escape(name[1:])}"


@lru_cache(maxsize=32)
def _mention_spans(text: str, names: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Spans of ``names`` in ``text``: the same search serves mentions, references and the
    descriptions' tests, once per article."""
    return _spans_of(text, names)


def _spans_of(text: str, names: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """The spans ``_mention_pattern(names).finditer(text)`` gives, found with ``str.find``: on
    a corpus of new articles the names differ from one to the next (aliases read off the text,
    a target of its own), and compiling their pattern cost more than the search (about 0.4 ms).

    The pattern's semantics: a name with no word character or hyphen before it and no word
    character after it; the leftmost match, at one place the first name in its order (longest
    first, then alphabetical) that matches there; the search goes on after a match."""
    ordered = sorted({n for n in names if n}, key=lambda n: (-len(n), n))
    if not ordered:  # an empty alternation matches nothing but boundaries: the regex's own
        return tuple(m.span() for m in _mention_pattern(names).finditer(text))
    found = []
    size = len(text)
    for order, name in enumerate(ordered):
        i = text.find(name)
        while i >= 0:
            j = i + len(name)
            if (i == 0 or not ((c := text[i - 1]).isalnum() or c == "_" or c == "-")) and \
                    (j == size or not ((c := text[j]).isalnum() or c == "_")):
                found.append((i, order, j))
            i = text.find(name, i + 1)
    found.sort()
    spans = []
    last = 0
    for start, _, end in found:
        if start >= last:
            spans.append((start, end))
            last = end
    return tuple(spans)


def find_mentions(text: str, target: str, aliases: list[str] | None = None) -> list[tuple[int, int]]:
    """Character spans of every mention of the target in ``text``, in order, never overlapping."""
    return list(_mention_spans(text, tuple(target_aliases(target, aliases, text))))


# Nouns by which an article refers back to a body it has named: "the company said", "the
# agency's plan". A noun counts for the target only where the article ties it to the target.
ORG_HEADS = frozenset("""
company firm business chipmaker carmaker automaker airline carrier bank lender insurer retailer
operator provider developer publisher broadcaster manufacturer maker producer supplier miner
generator utility startup outfit giant foundry brewery group conglomerate club team charity trust
agency regulator watchdog authority council commission ministry department service force police
body federation association union university college hospital school network party board
government administration bureau municipality corporation
""".split())
# Last words of a body's name that the article may use alone for it ("the museum" for the
# Pingjiang Folk Art Museum), besides ``ORG_HEADS``.
NAMED_HEADS = frozenset("""
refinery museum institute confederation theatre theater gallery library centre center clinic
airport port zoo mine plant factory mill smelter studio studios exchange tribunal registry
foundation fund academy orchestra scheme estate estates observatory cooperative
""".split())
# Nouns that make the target a business, so that "the company" and "the firm" are it too.
COMPANY_HEADS = frozenset("""
company firm business chipmaker carmaker automaker airline carrier bank lender insurer retailer
operator provider developer publisher broadcaster manufacturer maker producer supplier miner
generator utility startup outfit giant foundry brewery conglomerate
""".split())
# Kinds of body: the nouns that show an article takes the target for one, and the general nouns
# it may then use for it untied ("the firm" after "the chipmaker"). A body tied to no noun may be
# called by any general one.
BODY_KINDS = (
    (COMPANY_HEADS, frozenset("company firm business board".split())),
    (frozenset("agency regulator watchdog authority commission ministry department service "
               "body".split()),
     frozenset("agency regulator authority body board commission ministry department "
               "service".split())),
    (frozenset(["club"]), frozenset(["club", "board"])),
    (frozenset(["council"]), frozenset(["council"])),
    (frozenset(["police", "force"]), frozenset(["police", "force"])),
    (frozenset("university college school".split()),
     frozenset("university college school".split())),
    (frozenset(["charity", "trust"]), frozenset(["charity", "trust"])),
    (frozenset(["government", "administration"]), frozenset(["government", "administration"])),
)
# Offices by which an article refers back to a person ("the mayor", "the Transport Secretary").
PERSON_ROLES = frozenset("""
mayor governor minister secretary chancellor president premier senator congressman congresswoman
councillor councilman councilwoman judge manager coach captain owner chairman chairwoman chair
director commissioner ambassador envoy leader founder defendant chief executive candidate
prosecutor attorney sheriff superintendent headteacher principal bishop
""".split())
# Abbreviated titles before a name: "Gov. Maria Lourdes Tabinas" is the governor.
ROLE_ABBREVIATIONS = {"gov": "governor", "sen": "senator", "rep": "representative",
                      "pres": "president", "supt": "superintendent", "amb": "ambassador",
                      "cllr": "councillor", "gen": "general", "col": "colonel", "capt": "captain",
                      "lt": "lieutenant", "sgt": "sergeant", "adm": "admiral",
                      "insp": "inspector", "det": "detective"}
# Words before a title that say its holder is someone else: "shadow chancellor".
OTHER_HOLDER = frozenset("shadow former deputy vice assistant acting ex interim junior "
                         "opposition outgoing previous then".split())
_SAID = r"(?:said|says|confirmed|announced|added|reported|told|wrote|noted|stated|insisted)"
_HEAD = "(" + "|".join(sorted(ORG_HEADS)) + ")"
_ROLE = "(" + "|".join(sorted(PERSON_ROLES)) + ")"
# "[Tt](?<!\w[Tt])he" is "\b[Tt]he" written so that the regex engine can skip ahead to a "T".
_DEFINITE_ROLE = re.compile(rf"[Tt](?<!\w[Tt])he\s+((?:[A-Za-z]+\s+)?(?i:{_ROLE}))(?![\w-])"
                            rf"(?!\s+[A-Z])")


def _either_case(word: str) -> str:
    """A regex for ``word`` with its first letter in either case ("[Cc]ommission")."""
    return f"[{word[0].upper()}{word[0].lower()}]{re.escape(word[1:])}"


# Ties of a body to a noun, read at each of its names ("Alder Creek Power, the investor-owned
# utility", "Danish shipping giant Maersk", "..., the San Jose, California, company said",
# "Kestrel shares"): anchored at the names the article already found, which is much faster
# than searching the whole text for each.
_APPOSITION_TIE = re.compile(rf",\s+(?:the|a|an|its|[A-Z][\w.'’-]*['’]s)\s+"
                             rf"(?:[\w'’-]+,?\s+){{0,5}}?{_HEAD}\b")
_TITLE_TIE = re.compile(rf"\b{_HEAD}\s+$")
# weaker, so it yields to a body the article names by that noun ("Bushveld Mineworkers Union")
_WIRE_TIE = re.compile(rf"[^.\n]*?,\s+the\s+(?:[\w-]+,?\s+){{0,4}}?{_HEAD}\s+{_SAID}\b")
_BUSINESS_AFTER = re.compile(r"(?:['’]s)?\s+(?:shares|stock|chief executive|CEO)\b")
_BUSINESS_BEFORE = re.compile(r"\bshares\s+(?:of|in)\s+$")


# A capitalised name ending in a body noun: "the World Anti-Doping Agency". "[A-Z](?<!\w[A-Z])"
# is "\b[A-Z]" written so that the regex engine can skip ahead to a capital.
_NAMED_BODY = re.compile(r"[A-Z](?<!\w[A-Z])[\w'’&.-]*\s+(?:[A-Z][\w'’&.-]*\s+|of\s+|for\s+)*"
                         r"(" + "|".join(sorted(w.capitalize() for w in ORG_HEADS)) + r")s?\b")


def _named_bodies(text: str, own: list[tuple[int, int]] = ()) -> dict[str, int]:
    """Where the article first names a body by each noun ("Agency" in "the World Anti-Doping
    Agency"), leaving out the target's own names ``own``."""
    first: dict[str, int] = {}
    for m in _NAMED_BODY.finditer(text):
        head = m.group(1).lower()
        if head not in first and not any(a <= m.end() - 1 < b for a, b in own):
            first[head] = m.start()
    return first


def _heads_for_body(text: str, target: str, names: list[str]) -> set[str]:
    """Nouns the article ties to an organisation target: its name's own ("Council", "Police"),
    an apposition or a title before it, or ", the company said" after it."""
    heads = {w.lower() for w in target.split() if w.lower() in ORG_HEADS}
    # The name's last word, a body's, as the article writes it in lower case: "the refinery"
    # for Dangar Petroleum Refinery, "the theatre" for Halden Street Theatre.
    words = target.split()
    if len(words) >= 2 and words[-1].lower() in NAMED_HEADS and \
            _definite((words[-1].lower(),)).search(text):
        heads.add(words[-1].lower())
    if "police" in heads:
        heads.add("force")
    spans = _mention_spans(text, tuple(names))
    named = None
    business = False
    wire_end = -1
    for a, b in spans:
        free = b == len(text) or not (text[b].isalnum() or text[b] in "-_")
        m = _APPOSITION_TIE.match(text, b)
        if m:
            heads.add(m.group(1).lower())
        m = _TITLE_TIE.search(text, max(0, a - 40), a) if free else None
        if m:
            heads.add(m.group(1).lower())
        m = _WIRE_TIE.match(text, b) if free and a >= wire_end else None
        if m:
            wire_end = m.end()
            if named is None:
                named = _named_bodies(text, list(spans))
            if m.group(1).lower() not in named:
                heads.add(m.group(1).lower())
        business = business or bool(_BUSINESS_AFTER.match(text, b)) or \
            free and bool(_BUSINESS_BEFORE.search(text, max(0, a - 20), a))
    if heads & COMPANY_HEADS or business or any(w in _COMPANY_ENDINGS for w in target.split()):
        heads |= {"company", "firm"}
    return heads


_TITLE_WORDS_BEFORE = re.compile(r"(?:(\w+)\s+)?(\w+)\.?\s+$")


def _role_phrases(text: str, target: str, names: list[str]) -> set[str]:
    """Offices the article gives the person target ("Mayor Raymond Ostrowski" -> "mayor"), or
    uses, with "the", at least twice for someone it never names ("the chancellor")."""
    name = "(?:" + "|".join(re.escape(n) for n in names) + ")"
    roles: set[str] = set()
    # "Mayor Raymond Ostrowski", "Gov. Douglas Whitcombe", "Immigration Minister Renée Gauthier"
    for start, _ in _mention_spans(text, tuple(names)):
        m = _TITLE_WORDS_BEFORE.search(text, max(0, start - 40), start)
        if not m:
            continue
        word = m.group(2).lower()
        word = ROLE_ABBREVIATIONS.get(word, word)
        if word in PERSON_ROLES and (m.group(1) or "").lower() not in OTHER_HOLDER:
            roles.add(word)
    # "the chancellor" for a person the article names but never titles; each phrase is a role
    # with at most one modifier ("the Transport Secretary"), held by nobody else it names.
    counts: dict[str, int] = {}
    for m in _DEFINITE_ROLE.finditer(text):
        phrase = m.group(1).lower()
        if phrase.split()[0] not in OTHER_HOLDER:
            counts[phrase] = counts.get(phrase, 0) + 1
    for phrase, n in counts.items():
        if n < 2 or phrase in roles:
            continue
        if not _held_by_another(text, phrase, name):
            roles.add(phrase)
            # "the housing minister" twice, then "the minister": the office's head word too,
            # where the article gives it to nobody else
            head = phrase.split()[-1]
            if head != phrase and head in PERSON_ROLES and not _held_by_another(text, head, name):
                roles.add(head)
    return roles


def _held_by_another(text: str, phrase: str, name: str) -> bool:
    """Whether the article gives the office ``phrase`` to someone not named ``name``:
    "the minister, Jane Doe", "Jane Doe, the minister,"."""
    words = r"(?i:" + r"\s+".join(phrase.split()) + ")"
    other = rf"(?<![\w-])(\w+\s+)?{words}(?:,\s+|\s+)(?!{name})[A-Z][\w'’-]+|" \
            rf"[A-Z][\w'’-]+,\s+(?:the|a|an|[A-Z]\w*['’]s)\s+(\w+\s+)?{words},"
    return any(not any((g or "").strip().lower() in OTHER_HOLDER for g in m.groups())
               for m in re.finditer(other, text))


@lru_cache(maxsize=256)
def _nominal_regex(heads: tuple[str, ...], person: bool) -> re.Pattern[str]:
    # Heads match in either case ("the Commission", "the Transport Secretary"). A hyphenated
    # modifier may stand between ("the London-based firm"); a capitalised word after makes the
    # noun part of a name ("the company Maersk").
    alternatives = "|".join(r"\s+".join(_either_case(w) for w in h.split()) for h in heads)
    definite = rf"[Tt](?<![\w-][Tt])he\s+(?:[a-z]+-[a-z]+\s+)?(?:{alternatives})(?![\w-])" \
               rf"(?!\s+(?:of\s+)?[A-Z])"
    if not person:
        return re.compile(definite)
    # A person's office also stands without "the" as a title ("Unions accuse Transport
    # Secretary of ...") or before a possessive ("mayor's rent cap").
    titled = "|".join(_word_start(r"\s+".join(w.capitalize() for w in h.split())) for h in heads)
    bare = "|".join(_word_start(r"\s+".join(h.split())) for h in heads)
    return re.compile(rf"{definite}|(?:{titled})(?![\w-])(?!\s+[A-Z])|(?:{bare})(?=['’]s\b)")


def _word_start(head: str) -> str:
    """A regex for ``head`` (words of letters) where no word or hyphen stands before it: the
    lookbehind written after its first letter, so that the regex engine can skip ahead to it."""
    return f"{head[0]}(?<![\\w-]{head[0]}){head[1:]}"


def nominal_pattern(text: str, target: str, aliases: list[str] | None = None
                    ) -> re.Pattern[str] | None:
    """A regex for the descriptions by which this article refers to the target ("the company",
    "the agency", "the mayor"), or None when it ties none to it. Countries get none: "the
    government" and "the country" are too often another's."""
    return _nominal(text, target, target_aliases(target, aliases, text))[1]


def _nominal(text: str, target: str, names: list[str]
             ) -> tuple[set[str], re.Pattern[str] | None]:
    """The nouns the article ties to the target, and the regex for its descriptions by them."""
    kind = target_kind(target, text)
    if kind == "organisation":
        heads = _heads_for_body(text, target, names)
    elif kind == "person":
        heads = _role_phrases(text, target, names)
    else:
        return set(), None
    if not heads:
        return heads, None
    return heads, _nominal_regex(tuple(sorted(heads, key=lambda h: (-len(h), h))),
                                 kind == "person")


@lru_cache(maxsize=256)
def _definite(heads: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(_either_case(h) for h in heads)
    return re.compile(rf"[Tt](?<![\w-][Tt])he\s+(?:[a-z]+-[a-z]+\s+)?({alternatives})(?![\w-])"
                      rf"(?!\s+(?:of\s+)?[A-Z])")


def _untied(text: str, own: list[tuple[int, int]], tied: set[str]) -> list[tuple[int, int]]:
    """Descriptions by the general nouns of the target's kind of body that the article does not
    tie to it, after its first name and before the article names another body by that noun
    ("The agency said ..." after "Sport Integrity Ireland said", up to "the World Anti-Doping
    Agency")."""
    kinds = [general for specific, general in BODY_KINDS if specific & tied] or \
        [general for _, general in BODY_KINDS]
    heads = tuple(sorted(set().union(*kinds) - tied))
    if not heads:
        return []
    cuts = _named_bodies(text, own)
    return [m.span() for m in _definite(heads).finditer(text, own[0][0])
            if m.start() < cuts.get(m.group(1).lower(), len(text))]


_THE_GOVERNMENT = re.compile(r"[Tt](?<![\w-][Tt])he\s+[Gg]overnment(?![\w-])"
                             r"(?!\s+(?:of|in)\s+[A-Z])")
_A_GOVERNMENT = re.compile(r"([A-Z](?<![\w-][A-Z])[\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?:['’]s)?\s+"
                           r"[Gg]overnment(?![\w-])|[Gg]overnments?\s+(?:of|in)\s+"
                           r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")


def _own_government(text: str, own: list[tuple[int, int]], names: list[str]
                    ) -> list[tuple[int, int]]:
    """"The government" in an article about a country, after its first name and before the
    article names another country's government ("the Kenyan government", "the government
    of Uganda")."""
    if "overnment" not in text:
        return []
    cut = len(text)
    mine = set(names)
    for m in _A_GOVERNMENT.finditer(text, own[0][0]):
        owner = (m.group(1) or m.group(2)).removeprefix("The ")
        if owner not in mine and (owner in COUNTRY_WORDS or
                                  owner.split()[-1] in COUNTRY_WORDS - mine):
            cut = m.start()
            break
    return [m.span() for m in _THE_GOVERNMENT.finditer(text, own[0][0], cut)]


def find_references(text: str, target: str, aliases: list[str] | None = None
                    ) -> list[tuple[int, int]]:
    """Spans of the target's names (``find_mentions``) and of the descriptions that refer to
    it, in order, never overlapping: those the article ties to it (``nominal_pattern``) and,
    for a body, the general nouns of its kind it uses after naming it and before naming
    another body so ("the agency"); for a country, "the government" after naming it and
    before naming another country's government."""
    names = target_aliases(target, aliases, text)
    spans = list(_mention_spans(text, tuple(names)))
    if not spans:
        return spans
    heads, pattern = _nominal(text, target, names)
    found = [m.span() for m in pattern.finditer(text)] if pattern is not None else []
    kind = target_kind(target, text)
    if kind == "organisation":
        found += _untied(text, spans, heads)
    elif kind == "country":
        found += _own_government(text, spans, names)
    own = list(spans)
    for a, b in sorted(found):
        if not any(x < b and a < y for x, y in own):
            spans.append((a, b))
            own.append((a, b))
    return sorted(spans)
