"""Speed-ups that replace one computation by a cheaper one must give the same answers."""

import re

import pytest

from newsquotes.analysis import _THE_WORD


def _the_role(roles):  # the pattern _role_mentions compiled for each article's roles
    return re.compile(r"\b[Tt]he\s+(" + "|".join(sorted(roles)) + r")\b(?!['’])")


@pytest.mark.parametrize("text", [
    "The judge said the judge's ruling stood; the judges' view and the Judge differ.",
    "the the judge, the  mayor and the\nminister; thejudge, the judge2, the judge_ and the jüdge",
    "the chief executive, the executive’s plan, the mayor. The mayor",
])
@pytest.mark.parametrize("roles", [{"judge"}, {"judge", "judges", "mayor"}, {"minister", "jüdge"},
                                   {"executive", "chief"}])
def test_the_word_finds_what_a_pattern_of_the_roles_finds(text, roles):
    for lo, hi in [(0, len(text)), (4, len(text) - 5)]:
        expected = [(m.start(), m.group(1)) for m in _the_role(roles).finditer(text, lo, hi)]
        found = [(m.start(), m.group(1)) for m in _THE_WORD.finditer(text, lo, hi)
                 if m.group(1) in roles]
        assert found == expected
