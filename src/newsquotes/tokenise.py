"""Split an article into paragraphs, sentences and words, offline, with exact character offsets.

Every span returned here satisfies ``text[start:end] == span_text`` for the ``text`` passed in.
Boilerplate (\"Related:\" lines, notices such as \"This story is over 5 years old.\", photo captions
ending in a credit) is flagged, never removed, so offsets into the article stay exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nltk.tokenize import RegexpTokenizer
from nltk.tokenize.punkt import (PunktLanguageVars, PunktParameters, PunktSentenceTokenizer,
                                 PunktToken)

# Abbreviations after which a period does not end a sentence. Punkt looks them up lower-cased and
# without their final period, so "U.S." is "u.s". Single letters cover initials ("George W. Bush").
ABBREVIATIONS = frozenset(
    """
    mr mrs ms mx dr prof rev fr sr jr st mt ft
    gen lt col maj capt cmdr adm sgt cpl pvt brig
    gov sen rep rev pres supt insp det atty sec amb hon
    inc corp co ltd plc llc bros dept univ assn
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    no nos vol vols p pp fig figs approx est etc vs cf al ed eds op rs rp tk
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
    okla ore pa tenn tex va vt wash wis wyo
    u.s u.n u.k e.u u.s.a u.a.e d.c p.m a.m e.g i.e n.y l.a n.j s.c n.c
    """.split()
) | frozenset("abcdefghijklmnopqrstuvwxyz")

# A candidate break that Punkt, with these parameters, always confirms: a plain word of two or
# more letters that is not an abbreviation, a full stop, then a space and a word or a closing mark
# ("said. The", "Moscow.”"); or a question or exclamation mark with anything after it.
_PLAIN_BREAK = re.compile(r"([^\W\d_]{2,})\.(?:\s+\S+|[)\";}\]*:@'({\[‘’“”«»?!])|\S*[?!](?:\s+\S+|\S)")
# An abbreviation before a capitalised word ("Ms. Ortega", "Sen. Laura"), which Punkt, with
# these parameters (no collocations, sentence starters or orthographic data), never breaks.
_TITLE_BEFORE_NAME = re.compile(r"([A-Za-z]+)\.\s+[A-Z][a-z]+")


class _StdlibPatterns(PunktLanguageVars):
    """Punkt's patterns compiled by the stdlib, as nltk had them before 3.10: those that scan a
    text (candidate breaks, closing marks after a break) and the one that splits a candidate's
    context into words. nltk 3.10 runs them in the ``regex`` module under a time limit, which
    costs a third of splitting an article and ten microseconds per context. All are linear."""

    re_boundary_realignment = re.compile(PunktLanguageVars.re_boundary_realignment.pattern,
                                         re.MULTILINE)

    def period_context_re(self) -> re.Pattern[str]:
        try:
            return self._re_period_context
        except AttributeError:
            self._re_period_context = re.compile(super().period_context_re().pattern,
                                                 re.UNICODE | re.VERBOSE)
            return self._re_period_context

    def _word_tokenizer_re(self) -> re.Pattern[str]:
        try:
            return self._re_word_tokenizer
        except AttributeError:
            self._re_word_tokenizer = re.compile(super()._word_tokenizer_re().pattern,
                                                 re.UNICODE | re.VERBOSE)
            return self._re_word_tokenizer


# Characters that the stdlib's \s counts as white space and the ``regex`` module does not.
_SEPARATORS = re.compile("[\x1c-\x1f]")


class _StdlibToken(PunktToken):
    r"""Punkt's token with its patterns compiled by the stdlib: nltk runs them in the ``regex``
    module under a time limit, which costs most of Punkt's test of a candidate break that
    ``_Punkt`` cannot answer at once. For ASCII text only, where the two engines agree on
    ``\w``, ``\W`` and ``\d``; elsewhere the Unicode tables of the two may differ."""

    __slots__ = ()
    _RE_ELLIPSIS = re.compile(PunktToken._RE_ELLIPSIS.pattern)
    _RE_NUMERIC = re.compile(PunktToken._RE_NUMERIC.pattern)
    _RE_INITIAL = re.compile(PunktToken._RE_INITIAL.pattern)
    _RE_ALPHA = re.compile(PunktToken._RE_ALPHA.pattern)
    _RE_NON_PUNCT = re.compile(r"[^\W\d]")  # nltk's module-level _re_non_punct

    @property
    def is_non_punct(self):
        return self._RE_NON_PUNCT.search(self.type)


class _Punkt(PunktSentenceTokenizer):
    """Punkt, answering the plain cases of its per-candidate test without building its tokens,
    with its per-text patterns compiled by the stdlib (``_StdlibPatterns``).

    ``text_contains_sentbreak`` tokenises and annotates every candidate's context; for the
    contexts ``_PLAIN_BREAK`` matches, that always comes out True (no abbreviation, initial or
    number is involved), and for those ``_TITLE_BEFORE_NAME`` matches False, so the answer is
    given at once. Anything else goes to Punkt itself, with tokens whose patterns the stdlib
    runs too (``_StdlibToken``) where the context is ASCII. The two regex engines differ only on
    U+001C-U+001F (white space to the stdlib alone): a text with one of those is split with
    nltk's own patterns.
    """

    def __init__(self, params: PunktParameters) -> None:
        super().__init__(params, lang_vars=_StdlibPatterns(), token_cls=_StdlibToken)
        self._nltk_patterns = PunktSentenceTokenizer(params)
        self._nltk_tokens = PunktSentenceTokenizer(params, lang_vars=self._lang_vars)

    def span_tokenize(self, text: str, realign_boundaries: bool = True):
        if _SEPARATORS.search(text):
            return self._nltk_patterns.span_tokenize(text, realign_boundaries)
        return super().span_tokenize(text, realign_boundaries)

    def text_contains_sentbreak(self, text: str) -> bool:
        plain = _PLAIN_BREAK.fullmatch(text)
        if plain and (plain.group(1) is None or plain.group(1).lower() not in ABBREVIATIONS):
            return True
        titled = _TITLE_BEFORE_NAME.fullmatch(text)
        if titled and titled.group(1).lower() in ABBREVIATIONS:
            return False
        if not text.isascii():
            return self._nltk_tokens.text_contains_sentbreak(text)
        return super().text_contains_sentbreak(text)


_params = PunktParameters()
_params.abbrev_types = set(ABBREVIATIONS)
_PUNKT = _Punkt(_params)
_NLTK_PUNKT = PunktSentenceTokenizer(_params)  # the reference _Punkt must agree with

# Words: letters and digits with inner apostrophes, hyphens and periods ("Russia's", "al-Assad",
# "U.S"), or any single other character that is not a space.
_WORDS = RegexpTokenizer(r"\w+(?:[-'’.]\w+)*|[^\w\s]")

# A full stop, question or exclamation mark followed by a space: where Punkt might break.
_INNER_END = re.compile(r"[.?!][\"'”’)\]]*\s")
# Two or more initials at the end, after a space or nothing: "(?:^|\s)(?:[A-Z]\.){2,}$", with a
# capital first so that the search tries only capitals.
_INITIALS_END = re.compile(r"[A-Z](?<!\S[A-Z])\.(?:[A-Z]\.)+$")

_RELATED = re.compile(
    r"^(?:related|read more|read also|see also|more on this|recommended|watch|listen|sign up|"
    r"subscribe|follow us|advertisement|share this|click here)\b[^\n]{0,200}$",
    re.IGNORECASE,
)
_NOTICE = re.compile(
    r"^(?:this (?:story|article|report) is (?:over|more than) \w+ (?:years?|months?) old\.?|"
    r"copyright\b.*|©.*|all rights reserved\.?|\(?reporting by\b.*editing by\b.*)$",
    re.IGNORECASE,
)
# A photo caption ends in a credit such as "(Andrew Kelly/Reuters)" or "(AP Photo/Evan Vucci)",
# or states one ("Photograph: Name/Agency").
_CAPTION = re.compile(
    r"(?:\((?:[^()/\n]{1,60})/(?:[^()/\n]{1,60})\)\s*$)|"
    r"(?:^(?:photo|photograph|image|picture|caption|pictured)\s*:)|"
    r"(?:\b(?:photograph|photo|image)\s*:\s*[^\n]{1,80}$)",
    re.IGNORECASE,
)
# A credit line of its own: "Photo via Jasmine Teo/Facebook", "Image courtesy of the council".
_CREDIT = re.compile(r"(?:photos?|photograph|images?|pictures?|video)\s+(?:via|by|from|courtesy)\b"
                     r"[^\n.!?]{1,80}$", re.IGNORECASE)
_CLOSING = "\"'”’)]"
# The writer's name near the top: "By Priya Chauhan", "Written by Marco Stettler", "Author: Marta
# Szymanska", and a staff role on a line of its own after it ("Local Democracy Reporter").
_BYLINE = re.compile(r"(?i:by|written by|reporting by|words by|author:)\s+[A-Z]")
_BYLINE_ROLE = re.compile(r"(?:[A-Z][a-z]+\s+){0,3}(?:Reporter|Correspondent|Writer|Editor)s?")


def _terminal(body: str) -> bool:
    r"""Whether ``body`` ends in sentence-final punctuation, closing marks after it allowed: the
    pattern ``[.?!…:;][\"'”’)\]]*$``, read from the end instead of searched for."""
    body = body.removesuffix("\n").rstrip(_CLOSING)  # "$" may stand before a final "\n"
    return body[-1:] in {".", "?", "!", "…", ":", ";"}


def _is_caption(body: str) -> bool:
    # Each form of a caption has a "/" or a ":"; most paragraphs have neither, and the search
    # would try the credit's pattern at every opening bracket and every word.
    return ("/" in body or ":" in body) and _CAPTION.search(body) is not None \
        or _CREDIT.match(body) is not None


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the article: ``text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph(Span):
    paragraph_id: int
    role: str  # headline | body | byline | caption | related | notice

    @property
    def is_boilerplate(self) -> bool:
        return self.role in {"byline", "caption", "related", "notice"}


@dataclass(frozen=True, slots=True)
class Sentence(Span):
    sentence_id: int
    paragraph_id: int
    is_boilerplate: bool


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _line_spans(text: str) -> list[tuple[int, int]]:
    """Non-empty lines, joining hard-wrapped lines that belong to one paragraph.

    Newswire text puts one paragraph per line; some sources wrap lines at a fixed width. A line is
    taken to continue on the next one when it is long, has no sentence-final punctuation, and the
    next line is not separated from it by a blank line; but only in an article that is wrapped,
    where such lines are common, or where the next line starts in lower case. In one written a
    paragraph per line they are headlines and standfirsts ("Kelvo recalls 340,000 thermostats
    after regulator warns of ..."), which stand on their own.
    """
    lines: list[tuple[int, int, bool]] = []
    pos = 0
    for line in text.split("\n"):
        start, end = _trimmed(text, pos, pos + len(line))
        pos += len(line) + 1
        body = text[start:end]
        open_end = (start < end and len(body) >= 60 and " " in body
                    and not _terminal(body) and not _is_caption(body))
        lines.append((start, end, open_end))
    filled = [line for line in lines if line[0] < line[1]]
    wrapped = sum(open_end for _, _, open_end in filled) >= max(2, 0.3 * len(filled))
    spans: list[tuple[int, int]] = []
    joinable = False
    for start, end, open_end in lines:
        if start == end:
            joinable = False
            continue
        if joinable and spans and (wrapped or text[start].islower()):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        joinable = open_end
    return spans


def _role(body: str, seen_prose: bool, after_byline: bool = False) -> str:
    if len(body) < 120 and not _terminal(body) and (
            _BYLINE.match(body) or after_byline
            and _BYLINE_ROLE.fullmatch(body.strip())):
        return "byline"
    if _NOTICE.match(body):
        return "notice"
    if _RELATED.match(body) and len(body) < 200 and ":" in body[:40]:
        return "related"
    if len(body) < 400 and _is_caption(body):
        return "caption"
    if not seen_prose and not _terminal(body) and len(body.split()) <= 25:
        return "headline"
    return "body"


def paragraphs(text: str) -> list[Paragraph]:
    """The article's paragraphs in order, each with its role (headline, body or a boilerplate kind)."""
    result: list[Paragraph] = []
    seen_prose = False
    for start, end in _line_spans(text):
        body = text[start:end]
        role = _role(body, seen_prose, bool(result) and result[-1].role == "byline")
        if role == "headline" and any(p.role == "headline" for p in result):
            role = "body"
        seen_prose = seen_prose or role == "body"
        result.append(Paragraph(start, end, body, len(result), role))
    return result


def _continues(previous: str, following: str) -> bool:
    """Whether Punkt broke a sentence where it goes on.

    Punkt breaks after a quoted question or exclamation (`"Why?" he asked.`), after an ellipsis
    ("with... a gun"), and after initials it has not seen ("J.K. Rowling"). A lower-case start, a
    name after initials, or a bracketed credit after a caption says the sentence goes on.
    """
    nxt = following.lstrip("\"'“‘")
    if nxt[:1].islower() or nxt[:1] in "—–":  # "PROVIDENCE, R.I. — A former bartender"
        return True
    if following[:1] in "),;":  # "Sen. Raúl Ocampo (D-N.M.), a member of ...": no sentence starts so
        return True
    if _INITIALS_END.search(previous) and nxt[:1].isupper():
        return True
    return following.startswith("(") and following.endswith(")")


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Punkt sentence spans inside ``text[start:end]``, mended where Punkt breaks too eagerly."""
    chunk = text[start:end]
    if not _INNER_END.search(chunk):
        return [_trimmed(text, start, end)]  # no full stop before the end: one sentence
    spans: list[tuple[int, int]] = []
    for s, e in _PUNKT.span_tokenize(chunk):
        if spans and _continues(chunk[spans[-1][0] : spans[-1][1]], chunk[s:e]):
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return [_trimmed(text, start + s, start + e) for s, e in spans]


def sentences(text: str, paras: list[Paragraph] | None = None) -> list[Sentence]:
    """Sentences in order; a sentence never crosses a paragraph boundary."""
    result: list[Sentence] = []
    for para in paras if paras is not None else paragraphs(text):
        for s, e in _sentence_spans(text, para.start, para.end):
            if s < e:
                result.append(
                    Sentence(s, e, text[s:e], len(result), para.paragraph_id, para.is_boilerplate)
                )
    return result


def words(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Word and punctuation tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    return [Span(start + s, start + e, chunk[s:e]) for s, e in _WORDS.span_tokenize(chunk)]


# Function words left out of word counts: nltk's stopword list needs a download, so the
# project keeps its own. Reporting verbs and titles are kept out too: every article has them.
STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are aren't as at be because been
    before being below between both but by can can't cannot could couldn't did didn't do does
    doesn't doing don't down during each even ever few for from further had hadn't has hasn't have
    haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd
    i'll i'm i've if in into is isn't it it's its itself just let's like made make many may me
    might more most much must mustn't my myself new no nor not now of off on once one only or
    other ought our ours ourselves out over own per same she she'd she'll she's should shouldn't
    since so some still such than that that's the their theirs them themselves then there there's
    these they they'd they'll they're they've this those though through to too two under until
    up upon us very via was wasn't we we'd we'll we're we've were weren't what what's when when's
    where where's whether which while who who's whom why why's will with without won't would
    wouldn't yet you you'd you'll you're you've your yours yourself yourselves
    said says say saying told tell added according mr mrs ms dr s
    year years week weeks day days time times monday tuesday wednesday thursday friday saturday
    sunday
    """.split()
)
