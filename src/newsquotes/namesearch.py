"""Find any of an article's names in its text without compiling a regular expression for them.

A regex alternation of a dozen names costs about 0.3 ms to compile, and each article has its own
names, so compiling one per article and per use was the largest single cost of ``analyse()``
after its rules. ``NameFinder`` gives the same matches as
``re.compile(r"(?<![\\w-])(?:name1|name2|...)(?![\\w-])")`` with the names tried longest first:
leftmost, then longest, never overlapping.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class NameFinder:
    """The places where any of ``names`` occurs as a whole word sequence."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = sorted({n for n in names if n}, key=len, reverse=True)

    def __bool__(self) -> bool:
        return bool(self.names)

    def finditer(self, text: str, lo: int = 0, hi: int | None = None,
                 not_possessive: bool = False) -> Iterator[tuple[int, int, str]]:
        """(start, end, name) of each match in ``text[lo:hi]``; with ``not_possessive`` a name
        followed by 's does not count ("Churkin's envoy")."""
        hi = len(text) if hi is None else hi
        found = []
        for name in self.names:  # str.find scans in C: one pass per name
            i = text.find(name, lo, hi)
            while i >= 0:
                end = i + len(name)
                before = text[i - 1] if i > 0 else ""
                after = text[end] if end < hi else ""
                if not (before and (_word_char(before) or before == "-")) \
                        and not (after and (_word_char(after) or after == "-")) \
                        and not (not_possessive and end + 2 <= hi
                                 and text[end:end + 2] in {"'s", "’s"}):
                    found.append((i, -len(name), name))
                i = text.find(name, i + 1, hi)
        found.sort()
        last = lo
        for start, minus, name in found:  # leftmost, then longest, never overlapping
            if start >= last:
                last = start - minus
                yield start, last, name
