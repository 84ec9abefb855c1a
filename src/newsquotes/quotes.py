"""Find quoted stretches of text: pair quote marks, recover from unbalanced ones, and tell kinds apart.

Marks are paired within a paragraph. Straight marks get a direction from their surroundings (a
mark after a space opens, one before a space closes), so a stray mark spoils one quote, not the
article. A paragraph that ends inside a quote leaves it open, as in AP style, where the next
paragraph reopens it. Single marks count as quotes only where they cannot be apostrophes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Every quote mark, double or single: a paragraph is scanned once for both kinds.
_MARKS = re.compile(r"[\"“”„«»'‘’]")
_DOUBLE = frozenset('"“”„«»')
# After an opening single mark: an elision, not a quote ('90s, '09, 'em, 'tis, rock 'n' roll).
_ELISION = re.compile(r"\d0s\b|\d\d\b|(?:em|tis|twas|cause|n)\b")
OPENERS = {"“": "”", "„": "”", "«": "»", "‘": "’"}
CLOSERS = {"”", "»", "’"}
_BOUNDARY_BEFORE = set(" \t\n([{—–-/") | {""}
_BOUNDARY_AFTER = set(" \t\n)]}—–-/.,;:!?…") | {""}


@dataclass(slots=True)
class Quoted:
    """The words between a pair of quote marks: ``text[start:end]``, marks excluded."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int  # offset of the closing mark, or -1 when the paragraph ends inside the quote
    single: bool = False


def _direction(text: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close' or 'either' for the straight or ambiguous mark at ``text[i]``."""
    before = text[i - 1] if i > lo else ""
    after = text[i + 1] if i + 1 < hi else ""
    opens = before in _BOUNDARY_BEFORE or before in "\"'“‘"
    closes = after in _BOUNDARY_AFTER or after in "\"'”’"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _mark_offsets(text: str, lo: int, hi: int) -> tuple[list[int], list[int]]:
    """The offsets of the double and of the single quote marks in ``text[lo:hi]``."""
    doubles: list[int] = []
    singles: list[int] = []
    for m in _MARKS.finditer(text, lo, hi):
        i = m.start()
        (doubles if text[i] in _DOUBLE else singles).append(i)
    return doubles, singles


def _double_marks(text: str, lo: int, hi: int, offsets: list[int]) -> list[tuple[int, str]]:
    marks = []
    for i in offsets:
        ch = text[i]
        if ch in "“„«":
            marks.append((i, "open"))
        elif ch in "”»":
            marks.append((i, "close"))
        else:
            marks.append((i, _direction(text, i, lo, hi)))
    return marks


def _single_marks(text: str, lo: int, hi: int, offsets: list[int]) -> list[tuple[int, str]]:
    """Single marks that can only be quote marks: never an apostrophe inside or after a word."""
    marks = []
    for i in offsets:
        before = text[i - 1] if i > lo else ""
        after = text[i + 1] if i + 1 < hi else ""
        if before.isalnum() and after.isalnum():
            continue  # It's, Russia's, don’t
        if (before in _BOUNDARY_BEFORE or before == '"') and (after.isalnum() or after in "\"$£€"):
            if text[i] != "’" and not _ELISION.match(text[i + 1:i + 6]):
                marks.append((i, "open"))
        elif before and not before.isspace() and after in _BOUNDARY_AFTER:
            if text[i] != "‘":
                weak = before in "sS" and after in " \t\n" and _plural_possessive(text, i, hi)
                marks.append((i, "weak" if weak else "close"))
    return marks


def _plural_possessive(text: str, i: int, hi: int) -> bool:
    """`the workers' union`: a mark after s, followed by a lower-case word, is an apostrophe."""
    rest = text[i + 1:hi].lstrip()
    return bool(rest) and rest[0].islower()


def _pair(marks: list[tuple[int, str]], lo: int, hi: int, single: bool) -> list[Quoted]:
    quotes: list[Quoted] = []
    opened: int | None = None
    for n, (i, direction) in enumerate(marks):
        if direction == "weak":
            # `the workers' union` or `'firm countermeasures' as`: a closing mark only if
            # a quote is open and no surer closing mark follows before the next opening one.
            if opened is None or any(d == "close" for _, d in _until_open(marks[n + 1:])):
                continue
        if opened is None:
            if direction != "close":
                opened = i
            # A closing mark with nothing open is stray: skip it.
        elif direction != "open":
            if i > opened + 1:
                quotes.append(Quoted(opened + 1, i, opened, i, single))
            opened = None
        else:
            # Two openers in a row: the first lost its closing mark; start again at the second.
            opened = i
    if opened is not None and hi > opened + 1:
        # The paragraph ends inside the quote: AP style carries it on in the next paragraph.
        quotes.append(Quoted(opened + 1, hi, opened, -1, single))
    return quotes


def _until_open(marks: list[tuple[int, str]]) -> list[tuple[int, str]]:
    for n, (_, d) in enumerate(marks):
        if d == "open":
            return marks[:n]
    return marks


def quoted_spans(text: str, lo: int, hi: int, allow_single: bool = True) -> list[Quoted]:
    """Quoted stretches in the paragraph ``text[lo:hi]``, in order.

    Single marks are read as quotes where a paragraph has no double ones, as in British style
    and in headlines, or where its double quotes all sit inside single ones (`'The council had
    a "consultation", and ...'`).
    """
    doubles, singles = _mark_offsets(text, lo, hi)
    quotes = _pair(_double_marks(text, lo, hi, doubles), lo, hi, False)
    if allow_single:
        singles = _pair(_single_marks(text, lo, hi, singles), lo, hi, True)
        if not quotes or singles and all(_inside(q, singles) for q in quotes):
            quotes = singles
    return [q for q in (_trim(text, q) for q in quotes) if q.end > q.start]


def _inside(q: Quoted, outer: list[Quoted]) -> bool:
    return any(o.start <= q.open_mark and q.close_mark >= 0 and q.close_mark < o.end
               for o in outer)


def _trim(text: str, q: Quoted) -> Quoted:
    start, end = q.start, q.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Quoted(start, end, q.open_mark, q.close_mark, q.single)
