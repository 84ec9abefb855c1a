"""Names by which an article refers to the target entity, and where it does so."""

from __future__ import annotations

import re

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
    "Turkey": ("Turkish", "Turks", "Ankara", "Turkish government"),
    "Saudi Arabia": ("Saudi", "Saudis", "Riyadh", "Saudi government"),
    "India": ("Indian", "Indians", "New Delhi", "Indian government"),
    "Japan": ("Japanese", "Tokyo", "Japanese government"),
    "North Korea": ("North Korean", "North Koreans", "Pyongyang"),
    "European Union": ("EU", "E.U.", "Brussels", "European Commission"),
}


# Last words that make a name a company's or an organisation's: "Kestrel Systems" is "Kestrel".
_BODY_ENDINGS = {"Systems", "Airlines", "Airways", "Group", "Inc", "Inc.", "Corp", "Corp.", "Ltd",
                 "Holdings", "Technologies", "Biosciences", "Pharmaceuticals", "Motors", "Bank",
                 "Power", "Energy", "Mining", "Media", "Partners", "Capital", "Labs", "Shipping",
                 "University", "College", "Service", "Trust", "Association", "Union", "Council",
                 "Police", "Agency", "Foundation", "Institute", "Club", "City", "United"}


def target_aliases(target: str, aliases: list[str] | tuple[str, ...] | None = None) -> list[str]:
    """The target's name, its default aliases and the user's, longest first, without repeats.

    A country brings its demonyms, capital and government words; a company named "X Systems"
    is also "X"; a person's full name also stands for their surname.
    """
    words = target.split()
    short: list[str] = []
    if target not in COUNTRY_ALIASES and len(words) >= 2:
        if words[-1] in _BODY_ENDINGS:
            short.append(" ".join(words[:-1]))
        elif all(w[:1].isupper() for w in words) and len(words) <= 3:
            short.append(words[-1])
    names = [target, *COUNTRY_ALIASES.get(target, ()), *short, *(aliases or ())]
    seen: dict[str, str] = {}
    for name in names:
        name = name.strip()
        if name and name.lower() not in seen:
            seen[name.lower()] = name
    return sorted(seen.values(), key=len, reverse=True)


def mention_pattern(names: list[str]) -> re.Pattern[str]:
    """A regex matching any of ``names`` as whole words; possessives match by their stem."""
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w])")


def find_mentions(text: str, target: str, aliases: list[str] | None = None) -> list[tuple[int, int]]:
    """Character spans of every mention of the target in ``text``, in order, never overlapping."""
    pattern = mention_pattern(target_aliases(target, aliases))
    return [m.span() for m in pattern.finditer(text)]
