"""``analyse()``: from an article's text to tables of its sentences, quotes and actors.

Quotes are found per paragraph and attributed in passes, most certain first: a reporting verb
beside the quote; then the quote's neighbours (a quote continued after its attribution, an AP
paragraph that carries a quote on, a paragraph that is only a quote); then pronouns and roles are
resolved to the actors that the article names, and aliases of one person merged.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import stance, tokenise
from .namesearch import NameFinder
from .quotes import Quoted, quoted_spans
from .speakers import (
    CLAUSE_MARKERS,
    COUNTRIES,
    DEMONYMS,
    DETERMINERS,
    HONORIFICS,
    INDIRECT_CUES,
    NOT_NAMES,
    OPENING_CONJUNCTIONS,
    ORG_NOMINALS,
    ORG_NOUNS,
    ORG_WORDS,
    ORGS,
    PARTICLES,
    PREPOSITIONS,
    PORTFOLIOS,
    PRONOUNS,
    ROUGHLY,
    THAT_CUES,
    TITLE_WORDS,
    Speaker,
    Token,
    apposition_after,
    given_names,
    cue_verbs,
    determiner_before,
    group_word,
    is_cap,
    np_word,
    occupation,
    owner_before,
    person_like,
    listed_name_end,
    phrase_after,
    phrase_before,
    possessive_owner,
    read_speaker,
    role_word,
    token,
)
from .tables import typed_frame
from .targets import ROLE_ABBREVIATIONS, country_names, find_mentions, target_kind

# Words and punctuation; honorifics keep their period ("Dr."), a plural possessive its
# apostrophe where a name goes on ("the Supporters’ Trust"), a name its ampersand ("AT&T"), and
# a number its thousands separators ("38,412 candidates": not a comma of the sentence's). The
# three forms that start with a capital are tried only before one: the scan runs over every
# article's text, and most tokens are not capitalised.
_WORD = re.compile(r"\d{1,3}(?:,\d{3})+(?!\w|,\d)"
                   r"|(?=[A-Z])(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Rev|Fr"
                   r"|St|Jr|Sr|Cllr|Supt|Insp|Det|Adm|Atty)\.(?=\s)|(?:[A-Z]\.){1,}(?=\s+[A-Z][a-z])"
                   r"|(?:[A-Z]\.){2,}(?=\s+[a-z]|[,;:)]))|(?:[a-z]\.){2,}(?=[,;:)]|\s+[a-z])"
                   r"|\w+(?:[-–'’.&]\w+)*(?:(?<=s)['’](?=\s\w))?|[^\w\s\"“”„«»‘’']")

_tuple_new = tuple.__new__

QUOTE_COLUMNS = {
    "quote_id": "int64", "kind": "str", "text": "str", "start": "int64", "end": "int64",
    "speaker": "object", "speaker_mention": "object", "cue": "object", "sentence_id": "int64",
    "paragraph_id": "int64", "attribution": "str", "speaker_start": "Int64",
    "speaker_end": "Int64", "n_words": "int64", "stance": "float64", "confidence": "object",
}
ACTOR_COLUMNS = {
    "actor": "str", "kind": "str", "title": "object", "affiliation": "object", "aliases": "str",
    "n_quotes": "int64", "words_quoted": "int64", "share_of_voice": "float64",
    "n_mentions": "int64", "stance": "float64", "n_target_quotes": "int64",
}


@dataclass
class Analysis:
    """An article's tables. Offsets in every table index ``text``: ``text[start:end]``.

    - ``paragraphs``: paragraph_id, start, end, text, role (headline | body | caption | related
      | notice), is_boilerplate
    - ``sentences``: sentence_id, paragraph_id, start, end, text, is_boilerplate,
      target_sentiment (float, NaN where the target is not mentioned)
    - ``quotes``: quote_id, kind (direct | partial | indirect | scare), text, start, end,
      speaker (actor name; None for scare quotes or where the article does not say),
      speaker_mention, cue, sentence_id, paragraph_id, attribution (cue | pronoun | colon |
      continuation | paragraph | headline | none), speaker_start, speaker_end, n_words, stance,
      confidence (high | medium | low | None: how far to trust the speaker)
    - ``actors``: actor, kind (person | organisation | group | country), title, affiliation,
      aliases ("; "-separated), n_quotes, words_quoted, share_of_voice, n_mentions, stance,
      n_target_quotes
    - ``mentions``: start, end, text, sentence_id, polarity (-1, 0, 1), score ([-1, 1]),
      via (name | description: "Kelvo" or "the company")
    """

    text: str
    target: str
    aliases: list[str]
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    quotes: pd.DataFrame
    actors: pd.DataFrame
    mentions: pd.DataFrame
    extra: dict = field(default_factory=dict)


TABLES = ("sentences", "quotes", "actors", "mentions")
SENTENCE_COLUMNS = {"sentence_id": "int64", "paragraph_id": "int64", "start": "int64",
                    "end": "int64", "text": "str", "is_boilerplate": "bool",
                    "target_sentiment": "float64"}
MENTION_COLUMNS = {**stance.MENTION_COLUMNS, "via": "str"}
PARAGRAPH_COLUMNS = {"paragraph_id": "int64", "start": "int64", "end": "int64", "text": "str",
                     "role": "str", "is_boilerplate": "bool"}


def write_tables(analysis: Analysis, out_dir: str | Path) -> list[Path]:
    """Write the analysis tables as CSV files into ``out_dir``; return their paths.

    Each file is written beside its final name and renamed into place, so a failed run never
    leaves a half-written table.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in TABLES + tuple(analysis.extra):
        table = getattr(analysis, name, None)
        if table is None:
            table = analysis.extra[name]
        path = out / f"{name}.csv"
        partial = out / f".{name}.csv.partial"
        table.to_csv(partial, index=False)
        partial.replace(path)
        paths.append(path)
    return paths


@dataclass(slots=True)
class _Quote:
    start: int
    end: int
    kind: str
    paragraph_id: int
    sentence_id: int
    open_end: bool = False  # the paragraph ended inside this quote
    speaker: Speaker | None = None
    cue: str | None = None
    how: str = "none"
    actor: str | None = None


def analyse(text: str, target: str = "Russia", aliases: list[str] | None = None) -> Analysis:
    """Find every quote in ``text``, attribute it to its speaker and tabulate actors and voice."""
    # The analysis makes no reference cycles: reference counting frees all it leaves behind,
    # and the cyclic collector's passes during it, set off by its many short-lived objects,
    # find nothing. They wait until it returns (tests/test_gc.py checks both).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _analyse(text, target, aliases)
    finally:
        for readings in _KEPT:
            readings.clear()
        if collecting:
            gc.enable()


def _analyse(text: str, target: str, aliases: list[str] | None) -> Analysis:
    paras = tokenise.paragraphs(text)
    sents = tokenise.sentences(text, paras)
    quotes: list[_Quote] = []
    frames: dict[int, list[Token]] = {}
    by_para: dict[int, list[tokenise.Sentence]] = {}
    for s in sents:
        by_para.setdefault(s.paragraph_id, []).append(s)
    for para in paras:
        if para.is_boilerplate:
            continue
        found = quoted_spans(text, para.start, para.end)
        tokens = _tokens(text, para, by_para.get(para.paragraph_id, []), found)
        frames[para.paragraph_id] = tokens
        for n, q in enumerate(found):
            sid = _sentence_at(by_para.get(para.paragraph_id, []), q.start)
            quote = _Quote(q.start, q.end, _kind(text, tokens, n, q), para.paragraph_id, sid,
                           open_end=q.close_mark < 0)
            _attribute(quote, tokens, n)
            if quote.speaker is None and para.role == "headline":
                _headline_speaker(quote, tokens, n, text)
            quotes.append(quote)
    quotes.extend(_indirect(text, frames, by_para))
    quotes.sort(key=lambda q: q.start)
    _carry_over(quotes, frames)
    _within_reports(text, quotes)
    actors = _Actors(text, frames, quotes, [s.start for s in sents], target,
                     {p.paragraph_id for p in paras if p.role == "headline"})
    for q in quotes:
        if q.speaker is not None:
            q.actor = actors.resolve(q.speaker)
    actors.merge_descriptions(quotes)
    for q in quotes:
        if q.actor is None and q.kind == "partial" and len(text[q.start:q.end].split()) <= 4:
            q.kind = "scare"
    quote_rows = _quote_rows(text, quotes)
    actor_rows = actors.rows(quotes)
    mention_rows = stance.mentions(text, sents, target, aliases)
    quote_stance = stance.quote_stances(
        text, [(r[1], r[5], r[8], r[4], r[11], r[12]) for r in quote_rows], sents, mention_rows)
    actor_stance, n_target_quotes = stance.actor_stances(
        text, [(r[0], r[1], r[4], r[2], r[3]) for r in actor_rows],
        [(r[5], r[8], r[3], r[4], r[1]) for r in quote_rows], quote_stance, sents, mention_rows)
    sentiment = stance.sentence_sentiment(sents, mention_rows)
    named = {start for start, _ in find_mentions(text, target, aliases)}
    # Stance columns go into the rows, not into finished frames: adding a column to a frame
    # costs more than building it.
    quote_table = typed_frame([r + (x, _confidence(text, q)) for r, x, q in
                               zip(quote_rows, quote_stance, quotes)], QUOTE_COLUMNS)
    actor_table = typed_frame([r + (x, n) for r, x, n in
                               zip(actor_rows, actor_stance, n_target_quotes)], ACTOR_COLUMNS)
    sentence_table = typed_frame([(s.sentence_id, s.paragraph_id, s.start, s.end, s.text,
                                   s.is_boilerplate, x) for s, x in zip(sents, sentiment)],
                                 SENTENCE_COLUMNS)
    return Analysis(
        text=text, target=target, aliases=list(aliases or []),
        paragraphs=typed_frame([(p.paragraph_id, p.start, p.end, p.text, p.role, p.is_boilerplate)
                           for p in paras], PARAGRAPH_COLUMNS),
        sentences=sentence_table,
        quotes=quote_table,
        actors=actor_table,
        mentions=typed_frame([r + ("name" if r[0] in named else "description",)
                              for r in mention_rows], MENTION_COLUMNS),
    )


def _copied(found):
    """A speaker, or a (speaker, cue) pair, with a speaker of its own."""
    if isinstance(found, Speaker):
        return Speaker(found.name, found.start, found.end, found.kind, found.title,
                       found.affiliation)
    if isinstance(found, tuple) and isinstance(found[0], Speaker):
        return (_copied(found[0]), *found[1:])
    return found


# The readings _kept keeps, emptied after each article: kept longer, the token lists they hold
# would outlive their article and make the garbage collector's full passes more frequent.
_KEPT: list[dict] = []


def _kept(read):
    """``read(tokens, *positions)``, its results kept for the same token list and positions.

    The attribution passes read a verb's subject, and the speaker after a quote, for the quote
    and again for reported speech. A reading depends on the token list (never changed once
    built) and the positions alone. The list is kept with its readings, so that its id cannot
    pass to another list; each caller gets its own copy, since callers amend speakers.
    """
    readings: dict[tuple, tuple] = {}
    _KEPT.append(readings)

    def kept(tokens, *positions):
        key = (id(tokens), positions)
        found = readings.get(key)
        if found is None or found[0] is not tokens:
            if len(readings) > 4096:  # called outside analyse(), which empties it
                readings.clear()
            found = readings[key] = (tokens, read(tokens, *positions))
        return _copied(found[1])

    kept.__wrapped__ = read
    kept.__doc__ = read.__doc__
    return kept


def _sentence_at(sents: list[tokenise.Sentence], offset: int) -> int:
    for s in sents:
        if s.start <= offset < s.end:
            return s.sentence_id
    before = [s for s in sents if s.start <= offset]
    return (before[-1] if before else sents[0]).sentence_id if sents else -1


def _tokens(text: str, para: tokenise.Paragraph, sents: list[tokenise.Sentence],
            found: list[Quoted]) -> list[Token]:
    """The paragraph as words, punctuation, one token per quote, and sentence breaks."""
    tokens: list[Token] = []
    breaks = [s.end for s in sents[:-1]]
    pos = para.start
    segments = [(q.open_mark if q.open_mark >= 0 else q.start, q) for q in found]
    for n, (mark, q) in enumerate(segments):
        _words(text, pos, mark, tokens, breaks)
        tokens.append(token(q.start, q.end, text[q.start:q.end], "q", n))
        pos = q.close_mark + 1 if q.close_mark >= 0 else q.end
        while breaks and breaks[0] < pos:  # Punkt's breaks inside a quote are not the writer's
            breaks.pop(0)
    _words(text, pos, para.end, tokens, breaks)
    return tokens


def _words(text: str, lo: int, hi: int, tokens: list[Token], breaks: list[int]) -> None:
    if lo >= hi:
        return
    # tuple.__new__ builds each Token without the Python-level __new__ of a NamedTuple.
    found = [_tuple_new(Token, (m.start(), m.end(), w, "w" if w[0].isalnum() else "p", -1,
                                w.lower()))
             for m in _WORD.finditer(text, lo, hi) for w in (m.group(),)]
    if not breaks or breaks[0] > hi:  # the common case: no sentence ends in this stretch
        tokens += found
        return
    # A sentence break goes before the first word at or after it; the words between two
    # breaks are added at once.
    starts = [t.start for t in found]
    done = 0
    while breaks and breaks[0] <= hi:
        at = bisect_left(starts, breaks[0], done)
        if at == len(found):
            break
        tokens += found[done:at]
        done = at
        if not tokens or tokens[-1].kind != "s":
            tokens.append(token(breaks[0], breaks[0], "", "s"))
        breaks.pop(0)
    tokens += found[done:]
    while breaks and breaks[0] <= hi:
        if tokens and tokens[-1].kind != "s":
            tokens.append(token(breaks[0], breaks[0], "", "s"))
        breaks.pop(0)


def _quote_index(tokens: list[Token], n: int) -> int:
    return next(i for i, t in enumerate(tokens) if t.kind == "q" and t.quote == n)


def _kind(text: str, tokens: list[Token], n: int, q: Quoted) -> str:
    """direct: a sentence or clause of its own; partial: a fragment in the writer's sentence."""
    p = _quote_index(tokens, n)
    prev = tokens[p - 1] if p > 0 else None
    if prev is None or prev.kind in "sq" or prev.text in {":", ",", "(", "—", "–", ";"}:
        return "direct"
    body = text[q.start:q.end]
    if body[:1].isupper() and re.search(r"[.?!…][\"'”’]?$", body) and (
            len(body.split()) > 3 or body.endswith(("!", "?"))):
        return "direct"  # a sentence of its own, or an exclamation: chanted "Not one job!"
    return "partial"


def _is_cue(tok: Token) -> bool:
    return tok.kind == "w" and tok.lower in cue_verbs()


def _sentence_bounds(tokens: list[Token], p: int) -> tuple[int, int]:
    lo = p
    while lo > 0 and tokens[lo - 1].kind != "s":
        lo -= 1
    hi = p
    while hi < len(tokens) - 1 and tokens[hi + 1].kind != "s":
        hi += 1
    return lo, hi + 1


def _attribute(quote: _Quote, tokens: list[Token], n: int) -> None:
    p = _quote_index(tokens, n)
    if quote.kind == "partial" and p > 0 and tokens[p - 1].lower in {"so-called", "called"} \
            and (tokens[p - 1].lower == "so-called" or p > 1 and tokens[p - 2].lower == "so"):
        return  # the so-called "spontaneous" sites: the writer's marks, nobody's words
    lo, hi = _sentence_bounds(tokens, p)
    order = (_cue_right, _cue_left) if quote.kind == "direct" else (_cue_left, _cue_right)
    for find in order:
        found = find(tokens, p, lo, hi)
        if found:
            quote.speaker, quote.cue = found
            quote.how = "pronoun" if found[0].kind == "pronoun" else "cue"
            return
    if p > lo and tokens[p - 1].text == ":":
        speaker = _clause_subject(tokens, lo, p - 1)
        if speaker:
            quote.speaker, quote.cue, quote.how = speaker, ":", "colon"


_BACK = {"shot", "fired", "hit", "snapped", "pushed", "struck"}


def _is_cue_at(tokens: list[Token], v: int) -> bool:
    """A reporting verb at ``v``, or a phrasal one: `he shot back`."""
    return _is_cue(tokens[v]) or tokens[v].lower in _BACK and v + 1 < len(tokens) \
        and tokens[v + 1].lower == "back"


@_kept
def _cue_right(tokens, p, lo, hi):
    """`"...," said Delattre.` / `"...," Churkin said.` / `"...," X's chief, Name, said.`"""
    k = p + 1
    if k < len(tokens) and tokens[k].kind == "s" and re.search(r"[?!]$", tokens[p].text):
        # Punkt ends a sentence after a quoted question or exclamation before a capital:
        # `"That's a lie!" Lamb shouted.` The attribution is still the quote's.
        k += 1
        hi = _sentence_bounds(tokens, k)[1]
    while k < hi and tokens[k].kind == "p" and tokens[k].text in {",", "—", "–"}:
        k += 1
    if k >= hi:
        return None
    if tokens[k].lower == "according" and k + 1 < hi and tokens[k + 1].lower == "to":
        span = phrase_after(tokens, k + 1, loose=True)  # '"fully involved," according to Lt. X'
        speaker = read_speaker(tokens, *span) if span else None
        if speaker is not None:
            _with_apposition(speaker, tokens, span[1])
            return speaker, "according to"
        return None
    if _is_cue_at(tokens, k):  # "...," said Delattre.
        speaker = _speaker_after(tokens, k, hi)
        return (speaker, tokens[k].text) if speaker else None
    closing = None
    for v in range(k, min(hi, k + 16)):
        tok = tokens[v]
        if tok.text == "(" and closing is None:
            # "Sen. Josh Hawley (R-Mo.) told him": full stops inside brackets end nothing
            closing = next((c for c in range(v + 1, min(hi, v + 6)) if tokens[c].text == ")"),
                           None)
        if closing is not None and v <= closing:
            continue
        if tok.kind in "qs" or tok.text in {".", ";", "?", "!"}:
            return None
        if tok.lower == "quoted" and v > k and tokens[v - 1].lower in {"was", "were"} \
                and v + 2 < hi and tokens[v + 1].lower == "as":
            # '"...," the team's manager, Anders Vinther, was quoted as saying by a paper'
            w = v - 1
            if w - 1 > k and tokens[w - 1].text == ",":
                speaker = _comma_speaker(tokens, w - 1, k)
            else:
                span = phrase_before(tokens, w)
                speaker = read_speaker(tokens, *span) if span and span[0] == k else None
            return (speaker, "quoted") if speaker else None
        # "'We are not cheats,' candidates tell JAMB": after a quote, "tell" reports it
        if _is_cue_at(tokens, v) or tok.lower in {"tell", "tells"}:
            span = phrase_before(tokens, v)
            if span and span[0] == k:
                speaker = read_speaker(tokens, *span)
                return (speaker, tok.text) if speaker else None
            if v - 1 > k and tokens[v - 1].text == ",":
                speaker = _comma_speaker(tokens, v - 1, k)
                return (speaker, tok.text) if speaker else None
            return None
    return None


def _speaker_after(tokens: list[Token], k: int, hi: int) -> Speaker | None:
    """The speaker after an inverted cue at ``k``: `said Delattre`, `said Mary Jones, a
    spokeswoman for the firm`, `said the union's leader, Ana Ribeiro`."""
    span = phrase_after(tokens, k)
    speaker = read_speaker(tokens, *span) if span else None
    # (but "said Bayu Setiawan, a researcher in Bogor, West Java": the full name comes first)
    late = None if speaker is not None and speaker.kind == "person" and " " in speaker.name \
        else _name_at_end(tokens, k, hi)
    if late is not None:
        return late
    if not span:
        return None
    if speaker:
        named = _named_after(tokens, speaker, span[1], hi)
        if named is not None:
            return named
        _with_apposition(speaker, tokens, span[1])
    return speaker


def _attribution_ends(tokens: list[Token], j: int, hi: int) -> bool:
    """Whether the sentence ends after the speaker phrase ending at ``j``, but for an
    apposition and the circumstances of the report: `said Mary Jones, a spokeswoman for the
    firm.`, `says X in a statement.` In `said the plan would fail` the phrase is a subject."""
    k = j
    if k + 1 < hi and tokens[k].text == "," and tokens[k + 1].lower in {"who", "whose"}:
        return True  # "reckons Tom Avery, who covers the industry at Bernstein"
    if k < hi and tokens[k].text == ",":
        if apposition_after(tokens, k) is None:
            return False
        k = next((n for n in range(k + 1, hi) if tokens[n].kind != "w"
                  or tokens[n].lower in CLAUSE_MARKERS), hi)
        if k < hi and tokens[k].kind == "w":
            return True  # "said Ana Ribeiro, a union organiser who ...": a relative clause
    while k < hi and _after_report(tokens[k]):
        k += 1
    return k >= hi or tokens[k].kind == "s" or tokens[k].text in {".", ";", "!", "?"}


def _after_report(tok: Token) -> bool:
    """A word of the circumstances after a report's verb: "said in a statement on Feb 10"."""
    return tok.kind == "w" and (tok.lower in _AFTER_ATTRIBUTION
                                or _DATE_WORD.fullmatch(tok.text) is not None)


# Dates after a report's verb: "said on Feb 10", "said on March 3rd"
_DATE_WORD = re.compile(r"\d{1,2}(?:st|nd|rd|th)?|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
                        r"\.?|January|February|March|April|May|June|July|August|September|"
                        r"October|November|December")


def _named_after(tokens: list[Token], role: Speaker, j: int, hi: int) -> Speaker | None:
    """`said the Holmbury captain, Tom Beardsley, who ...`: the role, then the person's name."""
    if not (role.kind == "nominal" or role.kind in {"country", "organisation"} and role.title) \
            or j + 2 >= hi or tokens[j].text != ",":
        return None  # "the UN's humanitarian coordinator for South Sudan, Elena Moreau," too
    k = j + 1
    while k < hi and tokens[k].kind == "w" and (is_cap(tokens[k].text)
                                                 or tokens[k].lower in PARTICLES):
        k += 1
    if k - (j + 1) < 2 or k < hi and tokens[k].text not in {",", ".", ";"}:
        return None
    named = read_speaker(tokens, j + 1, k)
    if named is None or named.kind != "person":
        return None
    named.title = named.title or role.title or role.name
    named.affiliation = named.affiliation or role.affiliation
    return named


def _name_at_end(tokens: list[Token], k: int, hi: int) -> Speaker | None:
    """`"...," said the chair of the association and owner of a plant ..., Louise Arsenault.`:
    after a long description, the name closes the sentence."""
    end = hi
    while end > k and tokens[end - 1].kind == "p" and tokens[end - 1].text != ",":
        end -= 1
    start = end
    while start > k and tokens[start - 1].kind == "w" and (
            is_cap(tokens[start - 1].text) or tokens[start - 1].lower in PARTICLES):
        start -= 1
    if end - start < 2 or start - k < 6 or tokens[start - 1].text != ",":
        return None
    speaker = read_speaker(tokens, start, end)
    return speaker if speaker is not None and speaker.kind == "person" else None


# Before a reporting verb they make it passive: "the envoy had been told that ...": the
# subject is who heard it.
_PASSIVE = {"been", "being", "be", "was", "were", "is", "are"}


def _cue_left(tokens, p, lo, hi):
    """The nearest reporting verb before the quote, across earlier fragments of the same report:
    `said the Liberals had "lost control" and were now "slamming on the brakes."`"""
    for v in range(p - 1, lo - 1, -1):
        tok = tokens[v]
        if tok.lower == "that" and v > lo and tokens[v - 1].lower in {"and", "but"}:
            # "The Kremlin said the offer would lapse if Ukraine had not responded, and that
            # it showed Russia's “goodwill”": the report the first "that" clause began
            first = next((c for c in range(lo, v - 1) if _is_cue(tokens[c])
                          or tokens[c].lower in _PARTICIPLES), None)
            found = _cue_left(tokens, first + 1, lo, hi) if first is not None else None
            if found:
                return found
        if tok.lower in {"while", "whereas"} and v > lo and (tokens[v - 1].text == ","
                                                           or tokens[v - 1].kind == "q"):
            return None  # "X said ..., while Y kept his "overweight" rating": Y's own clause
        participle = tok.lower in _PARTICIPLES and v > lo and (tokens[v - 1].text == ","
                                                               or tokens[v - 1].kind == "q")
        if tok.lower in _NOUN_CUES and v > lo and (
                tokens[v - 1].lower in DETERMINERS or not tok.lower.endswith("s") and v - 1 > lo
                and tokens[v - 2].lower in DETERMINERS and tokens[v - 1].text.islower()):
            # "on a conference call", "a reply": a noun ("what the company calls" is a verb)
            continue
        if _adds_amount(tokens, v):
            continue  # "tariffs had added about $40 million in costs": no speech
        written = tok.lower in {"read", "reads"} and v > lo and tokens[v - 1].lower in _WRITINGS
        if _wished_for(tokens, v, lo):
            continue  # "said he wanted to hear Marchbanks explain it "in her own words"": his
        if participle or written or _is_cue(tok) and not (v > lo
                                                          and tokens[v - 1].lower in _PASSIVE):
            if participle:
                # "wrote on X that ... "...," adding: "...": the participle's subject is
                # the earlier verb's
                earlier = _cue_left(tokens, v - 1, lo, hi)
                if earlier:
                    return earlier[0], tok.text
                subject = _clause_subject(tokens, lo, v - 1)
                if subject is not None:  # "..., the department recommended approval, saying"
                    return subject, tok.text
            if _in_reduced_relative(tokens, v, lo) and any(
                    tokens[c].lower == "and" and tokens[c + 1].lower == "that"
                    for c in range(v + 1, p - 1)):
                continue  # "... and that B": B goes with the report the relative sits in
            speaker = _subject_of(tokens, v, lo)
            if speaker is None:
                return None
            outer = _outer_report(tokens, lo, v, speaker)
            return outer or (speaker, tok.text)
    return None


def _outer_report(tokens: list[Token], lo: int, v: int, inner: Speaker):
    """`Chairman Gregory Tolman said the board had concluded that “...”`: a report inside
    another's report, the quote marks the outer speaker's."""
    s = next((k for k in range(lo, v) if tokens[k].start >= inner.start), None)
    if s is None or s - 1 <= lo:
        return None
    c = s - 1
    while c > lo and tokens[c].lower in DETERMINERS and tokens[c].lower != "that":
        c -= 1  # "said the board had concluded"
    if tokens[c].lower == "that":
        # "said in a post on X that the warning letter confirmed its view that "..."": past
        # the circumstances of the outer report
        that = c
        c = next((k for k in range(that - 1, max(lo, that - 10), -1) if _is_cue(tokens[k])
                  and _that_after_circumstances(tokens, k + 1, v) == that), that - 1)
    if c <= lo or not _is_cue(tokens[c]) or tokens[c].lower not in INDIRECT_CUES:
        return None
    outer = _subject_of(tokens, c, lo)
    return (outer, tokens[c].text) if outer is not None else None


def _adds_amount(tokens: list[Token], v: int) -> bool:
    """Whether "added" at ``v`` adds an amount, not words: `had added about $40 million`."""
    if tokens[v].lower not in {"added", "adds", "add", "adding"} or v + 1 >= len(tokens):
        return False
    nxt = tokens[v + 1]
    return nxt.text[:1].isdigit() or nxt.text[:1] in "$£€¥" or nxt.lower in ROUGHLY \
        or nxt.lower in {"up", "more", "less", "another", "roughly", "billions", "millions"}


_HEARING = {"hear", "heard", "let", "make", "made", "see", "watch", "help", "want", "wanted"}


def _wished_for(tokens: list[Token], v: int, lo: int) -> bool:
    """Whether the cue at ``v`` is speech someone wants or waits for, not speech reported:
    `hear Marchbanks explain`, `let them say`. (Not "went so far as to highlight": a report.)"""
    if v - 1 < lo or not _is_cue(tokens[v]) or tokens[v].lower.endswith(("ed", "s")):
        return False
    k = v - 1
    while k >= lo and tokens[k].kind == "w" and is_cap(tokens[k].text) and v - k <= 3:
        k -= 1
    return k < v - 1 and k >= lo and tokens[k].lower in _HEARING \
        or tokens[v - 1].lower in {"them", "him", "her", "us"} and v - 2 >= lo \
        and tokens[v - 2].lower in _HEARING


# "The statement read in part, "..."": what a writing "reads" is quoted from it. (Not a placard
# or a banner: those are the crowd's.)
_WRITINGS = {"statement", "letter", "post", "note", "message", "notice", "release", "tweet",
             "caption", "memo", "email", "text", "petition", "motion", "ruling", "order",
             "judgment", "judgement"}


def _in_reduced_relative(tokens: list[Token], v: int, lo: int) -> bool:
    """`Coldwater said about a fifth of the payment volume Halcyon reported last year came from
    ...`: inside a report, a name and reporting verb that describe a noun ("the volume [that]
    Halcyon reported") report nothing themselves."""
    s = v - 1
    while s > lo and tokens[s - 1].kind == "w" and is_cap(tokens[s - 1].text):
        s -= 1
    if s == v - 1 and not is_cap(tokens[s].text) or s - 2 < lo:
        return False
    k = s - 1
    while k > lo and k > s - 4 and tokens[k].kind == "w" and tokens[k].lower.isalpha() \
            and tokens[k].lower not in DETERMINERS and tokens[k].lower not in CLAUSE_MARKERS \
            and tokens[k].lower not in PREPOSITIONS and not is_cap(tokens[k].text) \
            and not role_word(tokens[k].lower) and not group_word(tokens[k].lower):
        k -= 1
    # "the striker Mo Salah said" opens a report; only inside an earlier one is it a description
    return k < s - 1 and tokens[k].lower in DETERMINERS \
        and any(_is_cue(tokens[c]) for c in range(lo, k))


@_kept
def _subject_of(tokens: list[Token], v: int, lo: int) -> Speaker | None:
    """The speaker of the reporting verb at ``v``, reading back no further than ``lo``."""
    if v - 1 >= lo and tokens[v - 1].lower == "as" and tokens[v].lower in {"saying", "stating"}:
        quoted = _quoted_as(tokens, lo, v - 1)
        if quoted is not None:
            return quoted
    if v - 1 >= lo and tokens[v - 1].lower == "to":
        return _clause_subject(tokens, lo, v)  # "went so far as to highlight"
    if v - 1 >= lo and tokens[v - 1].lower in {"who", "which"}:
        # "..., welcomed by environmental groups, which said": the relative's antecedent
        return _relative_subject(tokens, v - 1, lo)
    span = phrase_before(tokens, v)
    end = span[0] if span and span[0] >= lo else v
    who = next((k for k in range(end - 1, max(lo, end - 12) - 1, -1)
                if tokens[k].lower == "who"), None)
    rel = next((k for k in range(span[0] + 1, span[1] - 1) if tokens[k].lower in {"that", "which"}
                and not np_word(tokens[k + 1])), None) if span and span[0] >= lo else None
    if rel is not None:  # "the NHS trust that runs it has confirmed": the trust
        speaker = read_speaker(tokens, span[0], rel)
        if speaker is not None and speaker.kind in {"person", "group", "nominal", "organisation"}:
            return speaker
    if who is not None and all(t.kind == "w" for t in tokens[who:end]):
        # "Producers who packed the public gallery shouted": who did the packing; "a former
        # official who remains close to the White House said": not the White House; "a sales
        # associate who has worked there for 11 years said"
        outer = phrase_before(tokens, who)
        speaker = read_speaker(tokens, *outer) if outer and outer[0] >= lo else None
        if speaker is not None and speaker.kind in {"person", "group", "nominal"}:
            return speaker
    if span and span[0] >= lo:
        speaker = read_speaker(tokens, *span)
        if speaker:
            return speaker
    if v - 1 > lo and tokens[v - 1].text == ",":
        speaker = _comma_speaker(tokens, v - 1, lo)
        if speaker:
            return speaker
    joined = v - 1
    while joined > lo and tokens[joined].lower in _BETWEEN_VERB:
        joined -= 1  # "... and has argued"
    if tokens[joined].lower in {"and", "but"}:
        # "Stonebridge Capital Management, which owns about 7% of the shares and has argued":
        # the relative clause's antecedent
        rel = next((k for k in range(joined - 1, lo, -1) if tokens[k].lower in {"which", "who"}
                    and tokens[k - 1].text == ","), None)
        if rel is not None and not any(t.text in {",", ";"} or _is_cue(t)
                                       for t in tokens[rel + 1:joined]):
            outer = phrase_before(tokens, rel - 1)
            subject = read_speaker(tokens, *outer) if outer and outer[0] >= lo else None
            if subject is not None and subject.kind in {"person", "organisation", "group"}:
                return subject
    if not span or tokens[v - 1].lower in CLAUSE_MARKERS:
        if tokens[v - 1].lower in {"and", "but"}:
            # "Spokesman Dean Mattock accused ... and said": the earlier reporting verb's
            # subject; else "The Union ... (UCCSO), which groups ..., called ... and said":
            # the sentence's subject, not a name inside its asides
            # (the nearest: "The ombudsman, which settles disputes ..., said A, more than
            # ..., and described": not "disputes")
            earlier = next((c for c in range(v - 2, lo, -1) if _is_cue(tokens[c])
                            and tokens[c - 1].kind in "wp"), None)
            subject = _subject_of(tokens, earlier, lo) if earlier is not None else None
            if subject is not None and subject.kind in {"person", "organisation", "group",
                                                        "nominal"}:
                return subject  # (nominal: "The bank's statement called ... and said")
            subject = _sentence_subject(tokens, lo, v)
            if subject is not None:
                return subject
        return _clause_subject(tokens, lo, v)  # "... and called the findings "unfounded""
    return None


_OPENERS = {"at", "in", "on", "after", "before", "during", "earlier", "later", "last", "since"}


def _sentence_subject(tokens: list[Token], lo: int, v: int) -> Speaker | None:
    """The noun phrase that opens the sentence, if a comma or a verb follows it; after an
    opening phrase of time or place ("At a meeting last month, one farmer stood up and ...")."""
    lo = _after_dateline(tokens, lo, v)
    if lo < v and tokens[lo].lower in _OPENERS:
        lo = next((c + 1 for c in range(lo + 1, min(v, lo + 12)) if tokens[c].text == ","), lo)
    j = lo
    while j < v and np_word(tokens[j]):
        j += 1
    end = j
    if j + 2 < v and tokens[j].text == "(" and tokens[j + 2].text == ")":
        j += 3  # "(UCCSO)"
    if end == lo or j >= v or not (tokens[j].text == "," or tokens[j].kind == "w"
                                   and not is_cap(tokens[j].text)):
        return None
    speaker = read_speaker(tokens, lo, end)
    if speaker is None or speaker.kind == "pronoun" or speaker.kind == "nominal" \
            and not speaker.name.startswith("one "):  # "one farmer stood up and asked"
        return None
    return speaker


def _quoted_as(tokens: list[Token], lo: int, as_: int) -> Speaker | None:
    """`A press release ... quoted a co-author, professor Ravi Menon, as saying`: the one quoted,
    not the release. ``None`` when no "quoted" stands before."""
    q = next((k for k in range(as_ - 1, max(lo - 1, as_ - 16), -1)
              if tokens[k].lower == "quoted"), None)
    if q is None or as_ - q < 2 or any(t.lower in _PASSIVE for t in tokens[max(lo, q - 2):q]):
        return None  # "Lemarchand was quoted by Le Soleil as saying": the subject spoke
    if tokens[as_ - 1].text == ",":
        inner_start = next((k + 1 for k in range(as_ - 2, q, -1) if tokens[k].text == ","), q + 1)
        named = read_speaker(tokens, inner_start, as_ - 1)
        if named is not None and named.kind == "person":
            return named
        return read_speaker(tokens, q + 1, as_ - 1)
    return read_speaker(tokens, q + 1, as_)


def _place_after_place(tokens: list[Token], lo: int, prev: int, inner: list[Token]) -> bool:
    """`Parcelway, based in Columbus, Ohio, argues`: the state after a place in an aside."""
    if len(inner) > 2 or not all(t.kind == "w" and is_cap(t.text) for t in inner) \
            or not is_cap(tokens[prev - 1].text):
        return False
    opening = next((c + 1 for c in range(prev - 1, lo - 1, -1) if tokens[c].text == ","), None)
    return opening is not None and opening < prev and (
        tokens[opening].lower in _ASIDE_PARTICIPLES or tokens[opening].lower in {"from", "in"})


def _comma_speaker(tokens: list[Token], comma: int, lo: int) -> Speaker | None:
    """A speaker set off by commas before the verb.

    `Ana Ribeiro, a union organiser from Porto, said`: a name, then its apposition;
    `The Commission's trade spokesman, Pieter Vos, said`: a title, then the name;
    `The bartender, Tanya Ferreira, 29, who worked there for three years, said` and
    `A member of the delegation, speaking on condition of anonymity, said`: asides skipped.
    """
    first = next((c for c in range(lo, comma) if tokens[c].text == ","), None)
    if first is not None and first < comma and _appositions(tokens, first, comma):
        # "C Mallikarjun, Additional Commissioner for Transport, Bengaluru Urban Division,
        # informed": a person's name opens a chain of appositions
        lead = read_speaker(tokens, lo, first) if all(np_word(t) for t in tokens[lo:first]) \
            else None
        if lead is not None and lead.kind in {"person", "organisation"} \
                and tokens[first + 1].lower == "which":
            lead.kind = "organisation"  # "Halvard, which is based in Austin, Texas, called"
            return lead
        if lead is not None and lead.kind == "person" and " " in lead.name \
                and not _after_for_or_of(tokens, lo, first, lead):
            _with_apposition(lead, tokens, first)
            return lead
    relative = next((c for c in range(lo, comma) if tokens[c].text == ","
                     and tokens[c + 1].lower in {"who", "whose", "which"}
                     and all(t.kind != "s" and t.text not in {".", "?", "!"}
                             for t in tokens[c:comma])), None)
    which = False
    if relative is not None:  # "Maureen Tolland, 71, whose husband, Derek, spent ..., said",
        # "The Indian Mobility Platforms Association, which represents Ola, Uber and Rapido,"
        which = tokens[relative + 1].lower == "which"
        comma = relative
    while True:
        prev = next((c for c in range(comma - 1, lo - 1, -1) if tokens[c].text == ","), None)
        if prev == comma - 1:
            return None
        inner = tokens[(lo if prev is None else prev + 1):comma]
        which = which or prev is not None and inner[0].lower == "which"
        if prev is not None and (inner[0].lower in {"who", "which", "whose", "where"}
                                 or inner[0].text[0].isdigit() or inner[0].lower.endswith("ing")
                                 or inner[0].lower in {"from", "of", "in"} and len(inner) <= 4
                                 or inner[0].lower in _ASIDE_PARTICIPLES
                                 or _place_after_place(tokens, lo, prev, inner)):
            comma = prev  # a relative clause, an age or an aside: the name is before it
            continue
        break
    if prev is None:  # `"...," Haddad, who was not involved in the study, said.`
        span = phrase_before(tokens, comma)
        speaker = read_speaker(tokens, *span) if span and span[0] >= lo else None
        if which and speaker is not None and speaker.kind == "nominal":
            speaker.kind = "organisation"  # "The ombudsman, which settles disputes, said"
        return speaker
    # "Darren Pidgeon, one of the two councillors who voted against it, said": so is "one of"
    if inner[0].lower in {"a", "an", "the"} or inner[0].lower in TITLE_WORDS \
            or inner[0].lower == "one" and len(inner) > 1 and inner[1].lower == "of":
        span = phrase_before(tokens, prev)
        if span and span[0] >= lo:
            speaker = read_speaker(tokens, *span)
            if speaker and speaker.kind in {"person", "organisation", "group"}:
                _with_apposition(speaker, tokens, prev)
                return speaker
        return None
    if any(t.lower in {"of", "from"} for t in inner[1:]) and all(
            t.kind == "w" and (is_cap(t.text) or t.lower in {"of", "from"}) for t in inner):
        span = phrase_before(tokens, prev)
        earlier = read_speaker(tokens, *span) if span and span[0] >= lo else None
        if earlier is not None and earlier.kind == "person" and " " in earlier.name:
            # "Sen. Thomas Breckner, Republican of Indiana, ...": party and state, not a name
            earlier.title = earlier.title or " ".join(t.text for t in inner)
            return earlier
    if all(t.kind == "w" and (is_cap(t.text) or t.lower in PARTICLES) for t in inner):
        named = read_speaker(tokens, prev + 1, comma)
        if named is None or named.kind != "person":
            return named
        span = phrase_before(tokens, prev)
        if span and span[0] >= lo:
            role = read_speaker(tokens, *span)
            if role is not None and role.kind == "nominal":
                named.title = named.title or role.title or role.name
                named.affiliation = named.affiliation or role.affiliation
            elif role is not None and role.kind == "person" and role.title \
                    and _after_for_or_of(tokens, span[0], prev, role):
                # "France's Minister for European Affairs, Hélène Garnier,": a portfolio
                named.title = named.title or " ".join(t.text for t in tokens[span[0]:prev])
        return named
    return None


def _after_for_or_of(tokens: list[Token], lo: int, first: int, lead: Speaker) -> bool:
    """Whether the name read before the first comma is a portfolio: "France's Minister for
    European Affairs, Hélène Garnier, told"."""
    k = next((k for k in range(lo, first) if tokens[k].start == lead.start), None)
    return k is not None and k > lo and tokens[k - 1].lower in {"for", "of"}


def _appositions(tokens: list[Token], first: int, comma: int) -> bool:
    """Whether the comma-separated stretches between ``first`` and ``comma`` are all asides
    about what precedes them: titles, "a charity that ...", ages, places."""
    if any(t.kind == "q" or t.lower in cue_verbs() for t in tokens[first:comma]):
        return False
    starts = [first + 1] + [c + 1 for c in range(first + 1, comma) if tokens[c].text == ","]
    for s in starts:
        t = tokens[s] if s < comma else None
        if t is None or not (t.lower in {"a", "an", "the", "who", "which", "whose", "where"}
                             or t.text[0].isdigit() or is_cap(t.text) or role_word(t.lower)
                             or t.lower in PREPOSITIONS or t.lower in _ASIDE_PARTICIPLES):
            return False
    return True


def _relative_subject(tokens: list[Token], who: int, lo: int) -> Speaker | None:
    """`Marisol Vega, 61, a home health aide, who told members:` -> Marisol Vega."""
    if who - 1 <= lo or tokens[who - 1].text != ",":
        return None
    comma = who - 1
    while True:
        prev = next((c for c in range(comma - 1, lo - 1, -1) if tokens[c].text == ","), None)
        inner = tokens[(prev if prev is not None else lo - 1) + 1:comma]
        if prev is not None and inner and (inner[0].text[0].isdigit()
                                           or inner[0].lower in {"a", "an", "the"}):
            comma = prev
            continue
        break
    span = phrase_before(tokens, comma)
    if span and span[0] >= lo:
        return read_speaker(tokens, *span)
    return None


def _clause_subject(tokens: list[Token], lo: int, upto: int) -> Speaker | None:
    """The subject at the start of the clause that ends at ``upto``: `Rycroft was blunt:`."""
    lo = _after_dateline(tokens, lo, upto)
    starts = [lo] + [c + 1 for c in range(lo, upto) if tokens[c].text == ","]
    for s in reversed(starts):
        if s > lo and tokens[s].lower in {"a", "an"}:
            continue  # an apposition: "Mikael Andersen, a labour economist at ..., saw"
        if tokens[s].lower in PREPOSITIONS:
            continue  # "In a report to the committee, ...": circumstances, not a subject
        j = s
        while j < upto and (np_word(tokens[j]) or _role_before_name(tokens, s, j, upto)
                            or _joins_body_name(tokens, s, j, upto)):
            j += 1
        if j > s and j < upto and (tokens[j].kind == "w" and not is_cap(tokens[j].text)
                                   or tokens[j].text == ","):
            speaker = read_speaker(tokens, s, j)
            if tokens[j].text == "," and speaker is not None and speaker.kind == "nominal":
                speaker = _comma_speaker(tokens, _next_comma(tokens, j, upto), lo) or speaker
            if speaker and speaker.kind != "nominal" or speaker and s == lo:
                return speaker
    # "Australia's energy regulator has taken ...": words the vocabulary lacks inside the
    # subject; the verb's own phrase reading copes with them.
    for s in reversed(starts):
        verb = next((k for k in range(s + 1, upto) if tokens[k].lower in _FINITE
                     or tokens[k].kind == "w" and tokens[k].lower.endswith("ed")
                     and not np_word(tokens[k])), None)
        span = phrase_before(tokens, verb) if verb is not None else None
        if span and span[0] == s and tokens[s].lower not in PREPOSITIONS:
            speaker = read_speaker(tokens, *span)
            if speaker is not None and speaker.kind != "pronoun":
                return speaker
    return None


def _joins_body_name(tokens: list[Token], s: int, j: int, upto: int) -> bool:
    """Whether "and" at ``j`` is inside a body's name: `The Joint Admissions and Matriculation
    Board has withheld ...`."""
    if tokens[j].lower not in {"and", "&"} or j == s or not is_cap(tokens[j - 1].text):
        return False
    k = j + 1
    while k < upto and tokens[k].kind == "w" and is_cap(tokens[k].text):
        k += 1
    return k > j + 1 and tokens[k - 1].text in ORG_WORDS


def _role_before_name(tokens: list[Token], s: int, j: int, upto: int) -> bool:
    """`Former umpire Grace Obi`: a lower-case word between a capitalised modifier and a
    two-word name is a role, whatever the vocabulary says."""
    t = tokens[j]
    return j > s and j + 2 < upto and t.kind == "w" and t.lower.isalpha() \
        and is_cap(tokens[j - 1].text) and is_cap(tokens[j + 1].text) \
        and is_cap(tokens[j + 2].text) and t.lower not in CLAUSE_MARKERS \
        and t.lower not in _FINITE and t.lower not in cue_verbs() \
        and not t.lower.endswith(("ed", "ing"))


def _after_dateline(tokens: list[Token], lo: int, upto: int) -> int:
    """Past a dateline that opens the sentence: `SYDNEY, Aug 19 (Reuters) - Australia's ...`,
    `Bengaluru, Mar 18 (PTI) The Karnataka government ...`."""
    credit = next((k for k in range(lo + 1, min(upto - 3, lo + 8)) if tokens[k].text == "("
                   and tokens[k + 1].text.isupper() and tokens[k + 2].text == ")"), None)
    if credit is not None and tokens[credit + 3].text not in {"-", "—", "–"} and all(
            t.text[:1].isupper() or t.text.isdigit() or t.text in {",", "."}
            for t in tokens[lo:credit]):
        return credit + 3
    if lo + 4 < upto and tokens[lo].text[:1].isupper() and tokens[lo + 1].text == "," \
            and tokens[lo + 2].text.isupper() and len(tokens[lo + 2].text) > 1 \
            and tokens[lo + 3].text == ":":
        return lo + 4  # "Bengaluru, DHNS: The Karnataka High Court ..."
    first = tokens[lo] if lo < upto else None
    agency = lo + 3 < upto and tokens[lo + 1].text == "(" and tokens[lo + 3].text == ")" \
        and tokens[lo + 2].text.isupper()  # "Ulaanbaatar (AFP) - ..."
    if first is None or not (first.text.isupper() and len(first.text) > 2 or agency):
        return lo
    dash = next((k for k in range(lo + 1, min(upto, lo + 14))
                 if tokens[k].text in {"-", "—", "–"}), None)
    if dash is None and first is not None and first.text.isupper():
        # "NEW DELHI: The Delhi government ...": a place in capitals, then a colon
        colon = next((k for k in range(lo + 1, min(upto, lo + 4)) if tokens[k].text == ":"), None)
        if colon is not None and all(t.text.isupper() for t in tokens[lo:colon]):
            dash = colon
    return dash + 1 if dash is not None else lo


def _next_comma(tokens: list[Token], j: int, upto: int) -> int:
    return next((c for c in range(j + 1, upto) if tokens[c].text == ","), j)


# "an epidemiologist at the University of Sydney": the body after the role's preposition, with
# the "of" and "and" inside its name
_AFFILIATION = re.compile(r"\b(?:of|at|for|from|with)\s+(?:the\s+)?([A-Z][\w'’.-]*"
                          r"(?:\s+(?:(?:of|for|and|on|&)\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*)")


def _with_apposition(speaker: Speaker, tokens: list[Token], j: int) -> None:
    appos = apposition_after(tokens, j)
    owner = re.match(r"([A-Z][\w.-]*)['’]s\s+(.+)", appos or "")
    if owner and speaker.title is None:  # "WHO's Europe director"
        speaker.title, speaker.affiliation = owner.group(2), speaker.affiliation or owner.group(1)
    elif appos and speaker.title is None:
        speaker.title = appos
        m = _AFFILIATION.search(appos)
        if m and speaker.affiliation is None:
            speaker.affiliation = m.group(1)


def _carry_over(quotes: list[_Quote], frames: dict[int, list[Token]]) -> None:
    """Give quotes with no cue of their own the speaker their neighbours establish."""
    by_para: dict[int, list[_Quote]] = {}
    for q in quotes:
        by_para.setdefault(q.paragraph_id, []).append(q)
    last: _Quote | None = None
    last_para = -10
    for pid in sorted(by_para):
        group = by_para[pid]
        for n, q in enumerate(group):
            if q.speaker is not None or q.kind in ("partial", "indirect"):
                continue
            same = [o for o in group[:n] if o.speaker is not None]
            later = [o for o in group[n + 1:] if o.speaker is not None and o.how != "colon"]
            if same:  # "...," said Delattre. "The Syrian regime ..."
                _copy(q, same[-1], "continuation")
            elif later and later[0].sentence_id == q.sentence_id:
                _copy(q, later[0], "continuation")
            elif last is not None and last.open_end and last_para == pid - 1:
                _copy(q, last, "continuation")  # AP: the quote goes on in this paragraph
            elif later:
                _copy(q, later[0], "continuation")
            elif _only_quotes(frames[pid]) and (intro := _introducer(frames.get(pid - 1))):
                q.speaker, q.cue, q.how = intro, None, "paragraph"
            elif last is not None and _only_quotes(frames[pid]) and pid - last_para <= 2:
                _copy(q, last, "paragraph")
        spoken = [q for q in group if q.speaker is not None]
        if spoken:
            last, last_para = spoken[-1], pid
    for pid in sorted(by_para, reverse=True):
        # AP: a quote that runs on into the next paragraph is the speaker named there
        # ("We created a culture ... [no closing mark] / "That responsibility lies with me,"
        # Morimoto said.")
        q, after = by_para[pid][-1], by_para.get(pid + 1)
        if q.speaker is None and q.open_end and q.kind == "direct" and after \
                and after[0].speaker is not None and after[0].kind == "direct" \
                and frames[pid + 1][0].kind == "q":
            _copy(q, after[0], "continuation")


# What joins a reported clause to a quoted fragment that goes on with it: "said the department
# had answered 61 calls and was “stretched thin”", "and that it remained “..."
_GOES_ON = re.compile(r",?\s+(?:and|but)\s+(?:that\s+)?(?:[a-z]+\s+){0,4}[\"“‘']$")


def _within_reports(text: str, quotes: list[_Quote]) -> None:
    """A quoted fragment with no speaker of its own that continues a reported clause, in the
    same sentence, is the reporter's: the clause's speaker said it too."""
    for before, q in zip(quotes, quotes[1:]):
        if q.speaker is None and q.kind == "partial" and before.kind == "indirect" \
                and before.speaker is not None and before.sentence_id == q.sentence_id \
                and _GOES_ON.match(text, before.end, q.start):
            q.speaker, q.cue, q.how = before.speaker, before.cue, "continuation"


# Words by which a paragraph with no quote of its own introduces the quotation that follows:
# `Tillman turned to the gallery and read from a handwritten statement.`
_INTRODUCING = {"statement", "read", "letter", "remarks", "speech", "addressed", "testified",
                "message", "wrote", "posted", "began"}


# Small words a Title Case headline capitalises, which no name run holds.
_TITLE_CASE_SMALL = {"For", "With", "To", "In", "On", "At", "From", "By", "As", "Into", "Over",
                     "After", "Is", "Are", "Was", "Gets", "Has", "Will"}
# What research says in a headline ("..., study finds"), its authors speaking.
_AUTHORS = {"researchers", "scientists", "authors", "academics", "economists", "experts"}
_STUDIES = {"study", "research", "report", "analysis", "survey", "review", "paper", "trial"}
_FINDS = {"finds", "suggests", "shows", "says", "warns", "claims", "reveals", "concludes"}
# Headline verbs whose subject owns a quoted fragment later in the headline.
_HEADLINE_VERBS = set("""
says warns accuses condemns criticises criticizes slams blasts attacks rejects denies defends
cites fines summons urges demands blames brands labels calls vows pledges promises insists
admits claims questions challenges rebukes decries hails praises welcomes threatens dismisses
""".split())


def _headline_speaker(quote: _Quote, tokens: list[Token], n: int, text: str) -> None:
    """A headline quote without a reporting verb belongs to the name that opens the headline
    right before it: `Kenzie Vale ‘not OK’ as fans boo ...`, `Dominic Fairlie: ‘I will not
    ...’`, `Fenwick ‘embarrassed’ ...` where the article names Isla Fenwick."""
    p = _quote_index(tokens, n)
    # "Water firms 'failing to act' on sewage spills, says watchdog": the speaker after a
    # cue that ends the headline
    says = next((v for v in range(p + 1, len(tokens) - 1) if tokens[v - 1].text == ","
                 and _is_cue(tokens[v]) and tokens[v].lower in INDIRECT_CUES), None)
    if says is not None:
        span = phrase_after(tokens, says)
        speaker = read_speaker(tokens, *span) if span and span[1] >= len(tokens) - 1 else None
        if speaker is not None and speaker.kind != "pronoun":
            quote.speaker, quote.cue, quote.how = speaker, tokens[says].text, "cue"
            return
    # "Sewage spill figures 'cannot be trusted', study suggests": the study's authors
    ending = len(tokens) - 1 if tokens[-1].kind != "w" else len(tokens)
    if ending - 3 > p and tokens[ending - 3].text == "," and tokens[ending - 1].lower in _FINDS \
            and tokens[ending - 2].lower in _STUDIES:
        at = tokens[ending - 2]
        quote.speaker = Speaker(at.text, at.start, at.end, "nominal", at.lower)
        quote.cue, quote.how = tokens[ending - 1].text, "cue"
        return
    if p == 0 and len(tokens) > 3 and tokens[1].text == ":":
        # "'We will not be bullied': Mayor defends congestion charge": who the headline names
        span = phrase_after(tokens, 1)
        speaker = read_speaker(tokens, *span) if span else None
        if speaker is not None and speaker.kind in {"person", "organisation", "group",
                                                    "nominal"}:
            quote.speaker, quote.how = speaker, "headline"
            return
    verb = next((v for v in range(p - 1, 0, -1) if tokens[v].lower in _HEADLINE_VERBS), None)
    # the verb's own clause: "Wyvern General cuts dividend as regulator demands ‘credible’ ..."
    lo = next((k + 1 for k in range(verb - 1, -1, -1) if tokens[k].lower in CLAUSE_MARKERS
               or tokens[k].kind != "w"), 0) if verb is not None else 0
    if verb is not None and lo < verb <= lo + 6 and all(t.kind == "w" for t in tokens[lo:verb]):
        # "Ombudsman condemns Brightwell Energy over ‘shameful’ treatment", "Vietnam cites
        # ‘food security’ as it stalls ...": the headline's subject
        speaker = read_speaker(tokens, lo, verb)
        role = ROLE_ABBREVIATIONS.get(tokens[verb - 1].lower.rstrip("."))
        if speaker is None and role is not None:  # "Catanduanes gov slams ...": the governor
            speaker = Speaker(role, tokens[verb - 1].start, tokens[verb - 1].end, "nominal", role)
        if speaker is not None and speaker.kind != "pronoun":
            quote.speaker, quote.cue, quote.how = speaker, tokens[verb].text, "headline"
            return
    j = 0
    while j < p and tokens[j].kind == "w" and is_cap(tokens[j].text):
        j += 1
    if j == 0 or not (j == p or j == p - 1 and tokens[j].text == ":") \
            or any(t.text in _TITLE_CASE_SMALL for t in tokens[1:j]):
        return  # (a Title Case headline: "... Gets Five Years For Working With 'Undesirable' ...")
    speaker = read_speaker(tokens, 0, j)
    # A full name or a body's name, not a topic: "Brexit ‘betrayal’ row deepens"; people
    # ("Residents ‘cut off’ after council shuts footbridge")
    if speaker is not None and (speaker.kind == "person" and " " in speaker.name
                                or speaker.kind in {"organisation", "group"}
                                or j == 1 and re.search(
                                    _SURNAME_OF.format(re.escape(speaker.name)), text)):
        quote.speaker, quote.how = speaker, "headline"


def _introducer(tokens: list[Token] | None) -> Speaker | None:
    """The subject of a quote-free paragraph whose last sentence introduces what follows."""
    if not tokens or any(t.kind == "q" for t in tokens):
        return None
    lo = max((n + 1 for n, t in enumerate(tokens) if t.kind == "s" and n < len(tokens) - 1),
             default=0)
    hi = len(tokens)
    if not any(t.lower in _INTRODUCING for t in tokens[lo:hi]) and tokens[hi - 1].text != ":":
        return None
    j = lo
    while j < hi and np_word(tokens[j]):
        j += 1
    speaker = read_speaker(tokens, lo, j) if j > lo else None
    if speaker is None or speaker.kind not in {"person", "organisation"}:
        # "The commission’s chairwoman, Dr. Miriam Soto, ..., made the case in a statement:"
        speaker = _clause_subject(tokens, lo, hi)
    return speaker if speaker is not None and speaker.kind in {"person", "organisation"} else None


def _copy(q: _Quote, source: _Quote, how: str) -> None:
    q.speaker, q.cue, q.how = source.speaker, None, how


def _only_quotes(tokens: list[Token]) -> bool:
    """A paragraph of quotation with nothing of the writer's but punctuation."""
    return all(t.kind in "qsp" for t in tokens) and any(t.kind == "q" for t in tokens)


def _indirect(text: str, frames: dict[int, list[Token]],
              by_para: dict[int, list[tokenise.Sentence]]) -> list[_Quote]:
    """Reported speech without quote marks: `Russian diplomats denied accusations that ...`."""
    found = []
    for pid, tokens in frames.items():
        sents = by_para.get(pid, [])
        lo = 0
        while lo < len(tokens):
            hi = lo
            while hi < len(tokens) and tokens[hi].kind != "s":
                hi += 1
            if hi - lo > 4:
                found.extend(_indirect_in(text, tokens, lo, hi, pid, sents))
            lo = hi + 1
    return found


_NEGATIONS = {"not", "never", "n't", "no"}
# Words that may follow the verb of an attribution placed after what was said:
# "Fares will rise, the Transport Secretary confirmed yesterday."
_AFTER_ATTRIBUTION = {"yesterday", "today", "tonight", "on", "in", "a", "an", "the", "statement",
                      "last", "night", "week", "later", "earlier", "by", "phone", "email",
                      "interview", "monday", "tuesday", "wednesday", "thursday", "friday",
                      "saturday", "sunday", "morning", "evening", "afternoon", "also", "late",
                      "early", "news", "release", "conference", "briefing", "written", "his",
                      "her", "its", "their", "at"}


def _last_subject(tokens: list[Token], lo: int, v: int) -> Speaker | None:
    """The subject of the last subordinate clause before ``v``: `after the chipmaker cut`."""
    for k in range(v - 1, lo, -1):
        if tokens[k].lower in {"after", "as", "when", "because", "since", "while"}:
            j = k + 1
            while j < v and np_word(tokens[j]):
                j += 1
            if j == k + 2 and tokens[k + 1].lower in DETERMINERS and j < v:
                j += 1  # "the chipmaker": a determiner and one word the vocabulary lacks
            return read_speaker(tokens, k + 1, j) if j > k + 1 else None
    return None


def _has_quote(tokens: list[Token], i: int, j: int) -> bool:
    return any(t.kind == "q" for t in tokens[i:j])


# The words at which _indirect_in's loop does more than pass on: every other token is skipped
# before the loop reads it. A rule there that starts at another word must add it here
# (tests/test_speedups.py compares the loop with and without the skipping on every article).
_INDIRECT_TRIGGERS = INDIRECT_CUES | {",", "after", "before", "while", "with", "according", "and",
                                      "but", "fought", "pushed", "hit", "struck", "pointed",
                                      "points", "pointing"}


def _indirect_in(text, tokens, lo, hi, pid, sents) -> list[_Quote]:
    found: list[_Quote] = []
    skip_to = lo
    last: tuple[Speaker, str] | None = None
    for v in [v for v in range(lo, hi) if tokens[v].lower in _INDIRECT_TRIGGERS]:
        tok = tokens[v]
        if v < skip_to:
            continue
        if (tok.text == "," or tok.lower in {"after", "before", "while"}) and v + 2 < hi \
                and tokens[v + 1].lower in _PARTICIPLES and last is None and v > lo + 2:
            # "... after the chipmaker cut its forecast, saying its largest customer ...",
            # "Nairobi raised the duties after saying cheap rice was being smuggled"
            subject = _last_subject(tokens, lo, v) or _clause_subject(tokens, lo, v)
            c = v + 2
            if tokens[v + 1].lower == "telling":  # "telling GB News his party had ...": the
                c = _past_listener(tokens, c, hi)  # listener is not what was said
            if subject is not None and c is not None:
                last = (subject, tokens[v + 1].text)
                if tokens[c].lower != "that":
                    stop = _clause_end(tokens, c, hi)
                    quoted = _has_quote(tokens, c, stop)
                    if not quoted and stop - v > 4:
                        found.append(_indirect_quote(text, tokens[c].start,
                                                     _content_end(tokens, stop), subject,
                                                     tokens[v + 1].text, pid, sents))
                    skip_to = c if quoted else stop  # "and that B" may follow the fragment
                    continue
        if last and tok.text == "," and v + 2 < hi and tokens[v + 1].lower in _PARTICIPLES \
                and (tokens[v + 2].lower == "that" or _clause_follows(tokens, v + 2, hi)):
            # "..., noting that one in four trains arrived late.", "dismissed the letter,
            # saying the modelling had been reviewed"
            c = v + 3 if tokens[v + 2].lower == "that" else v + 2
            if tokens[v + 1].lower == "telling":
                c = _past_listener(tokens, v + 2, hi) or c
            stop = _clause_end(tokens, c, hi)
            if not _has_quote(tokens, c, stop):
                found.append(_indirect_quote(text, tokens[c].start, _content_end(tokens, stop),
                                             last[0], tokens[v + 1].text, pid, sents))
                skip_to = stop
            else:  # "saying that A 'on its merits' and that B": B is reported on its own
                skip_to = c
            continue
        if tok.kind != "w":
            continue
        if tok.lower == "with" and v + 3 < hi:
            # "..., with several GOP senators saying the state should not get more"
            p = next((k for k in range(v + 2, min(hi - 1, v + 9))
                      if tokens[k].lower in _SAYING), None)
            speaker = read_speaker(tokens, v + 1, p) if p is not None and all(
                np_word(t) for t in tokens[v + 1:p]) else None
            if speaker is not None and speaker.kind in {"person", "group", "organisation",
                                                        "country"}:
                c = p + 2 if tokens[p + 1].lower == "that" else p + 1
                stop = _clause_end(tokens, c, hi)
                if stop - c >= 3 and not _has_quote(tokens, c, stop):
                    found.append(_indirect_quote(text, tokens[c].start,
                                                 _content_end(tokens, stop), speaker,
                                                 tokens[p].text, pid, sents))
                    last, skip_to = (speaker, tokens[p].text), stop
                    continue
        if tok.lower == "according" and v + 1 < hi and tokens[v + 1].lower == "to":
            span = phrase_after(tokens, v + 1, loose=True)
            if span:  # "according to the Department of Environment, Tourism, ... and Innovation"
                span = span[0], listed_name_end(tokens, *span)
            owner = next((k for k in range(span[0], span[1] - 1)
                          if tokens[k].text.endswith(_POSSESSIVE)
                          and any(t.lower in _DOCUMENTS for t in tokens[k + 1:min(k + 4,
                                                                                   span[1])])),
                         None) if span else None
            if owner is not None:  # "according to the regulator's filing": the regulator
                phrase = tokens[span[0]:owner] + [_owner_token(tokens[owner])]
                speaker = read_speaker(phrase, 0, len(phrase))
            else:
                source = _source(tokens, span) if span else None
                speaker = read_speaker(tokens, *source) if source else None
                if speaker is None and source and source[1] - source[0] == 1 \
                        and tokens[source[0]].lower in _DOCUMENTS:
                    # "according to a study published in ...": the study speaks for its
                    # authors, whom the article then calls "the researchers"
                    doc = tokens[source[0]]
                    speaker = Speaker("researchers", doc.start, doc.end, "group", doc.text) \
                        if doc.lower in {"study", "paper", "research"} \
                        else Speaker(doc.text, doc.start, doc.end, "nominal", doc.text)
            if speaker is None:
                continue
            if v > lo + 2:  # "..., according to X."
                # the whole sentence: "A, and B, according to X" reports both
                first = _after_dateline(tokens, lo, v)
                start, stop = first, v - 1 if tokens[v - 1].text == "," else v
            else:  # "According to X, ..."
                start = span[1] + (1 if span[1] < hi and tokens[span[1]].text == "," else 0)
                named = start
                while named < hi and tokens[named].kind == "w" and is_cap(tokens[named].text):
                    named += 1
                if named > start and named < hi and tokens[named].text == "," \
                        and tokens[start - 1].text == ",":
                    # "According to a statement from its largest shareholder, Norland Capital,
                    # the board ...": the source named in apposition
                    source = read_speaker(tokens, start, named)
                    if source is not None and source.kind != "pronoun":
                        speaker, start = source, named + 1
                stop = _clause_end(tokens, start, hi)
            if start < stop and not _has_quote(tokens, start, stop):
                found.append(_indirect_quote(text, tokens[start].start,
                                             _content_end(tokens, stop), speaker,
                                             "according to", pid, sents))
            return found
        if last and tok.lower in {"and", "but"} and v + 2 < hi and tokens[v + 1].lower == "that":
            # "... said the measures were fair and that Brussels remained open to talks."
            stop = _clause_end(tokens, v + 2, hi)
            if not _has_quote(tokens, v + 2, stop):
                found.append(_indirect_quote(text, tokens[v + 2].start,
                                             _content_end(tokens, stop), *last, pid, sents))
            skip_to = stop
            continue
        phrasal = (tok.lower in {"fought", "pushed", "hit", "struck"} and v + 3 < hi
                   and tokens[v + 1].lower == "back" and tokens[v + 2].lower in {"against", "at"}
                   or tok.lower in {"pointed", "points", "pointing"} and v + 3 < hi
                   and tokens[v + 1].lower == "out" and tokens[v + 2].lower == "that")
        if tok.lower in {"pointed", "points"} and v + 1 < hi and tokens[v + 1].lower == "out" \
                and (v + 2 >= hi or tokens[v + 2].text in {".", ";"}) and tokens[v - 1].kind == "w":
            # "Scrap rates have fallen to 14 per cent, he points out."
            speaker = _subject_of(tokens, v, max(lo, skip_to))
            before = _reported_before(tokens, lo, v + 1, v) if speaker is not None else None
            if before is not None:
                found.append(_indirect_quote(text, tokens[before[0]].start,
                                             _content_end(tokens, before[1]), speaker,
                                             tok.text, pid, sents))
                last = (speaker, tok.text)
            continue
        if not phrasal and tok.lower not in INDIRECT_CUES or tokens[v - 1].lower in _NEGATIONS \
                or tokens[v - 1].lower in _PASSIVE or tokens[v - 1].lower in DETERMINERS:
            # (nor "the rules were", "its claims": nouns)
            continue
        if v >= lo + 2 and tokens[v - 1].lower == "to" and tokens[v - 2].lower in _REFUSALS:
            continue  # "declined to say"
        if _inside_later_report(tokens, lo, hi, v):
            continue  # "Doctors have rejected the offer, the BMA said.": the BMA's report
        attribution = _attributes_quote(tokens, lo, v)
        if not attribution and v > lo + 3 and tokens[v - 1].text == "," \
                and tok.lower not in _TELLING:
            # "Fares will rise by 5%, said Mary Jones, a spokeswoman for the firm."
            span = phrase_after(tokens, v)
            last_word = tokens[span[1] - 1] if span else None
            inverted = _speaker_after(tokens, v, hi) \
                if span and _attribution_ends(tokens, span[1], hi) and (
                    is_cap(last_word.text) or role_word(last_word.lower)
                    or group_word(last_word.lower) or last_word.lower in ORG_NOUNS
                    or last_word.lower in ORG_NOMINALS) else None
            # (not "said the hardware looked good.": a clause, whatever its last word)
            start = _after_dateline(tokens, lo, v - 1)
            if inverted is not None and inverted.kind != "pronoun" and v - 1 - start >= 3 \
                    and not _has_quote(tokens, start, v - 1):
                found.append(_indirect_quote(text, tokens[start].start,
                                             _content_end(tokens, v - 1), inverted, tok.text,
                                             pid, sents))
                last = (inverted, tok.text)
                continue
        speaker = (_cue_right(tokens, _quote_before(tokens, lo, v), lo, hi) or (None,))[0] \
            if attribution else _subject_of(tokens, v, max(lo, skip_to))
        if speaker is None and last and tokens[v - 1].lower in {"and", "but"}:
            speaker = last[0]  # "He acknowledged ..., but insisted no trader had acted"
        if speaker is None or speaker.kind == "nominal" and not speaker.title:
            continue
        if v + 1 < hi and tokens[v + 1].lower in {"nothing", "little", "almost", "anything"} \
                or _adds_amount(tokens, v):
            continue  # "had said almost nothing in public about ...", "had added $40 million"
        last = (speaker, tok.text)
        if attribution:
            continue  # the quote before is what was said; ", adding that ..." may follow
        before = _reported_before(tokens, lo, hi, v)
        if before is not None:
            found.append(_indirect_quote(text, tokens[before[0]].start,
                                         _content_end(tokens, before[1]), speaker, tok.text,
                                         pid, sents))
            continue
        c = v + 3 if phrasal else v + 1  # "fought back against ...", "pointed out that ..."
        if tok.lower.startswith("accus") and not (c < hi and tokens[c].lower == "that") \
                or tok.lower.startswith(("deni", "deny")) and c < hi \
                and tokens[c].lower.endswith("ing"):
            continue  # "accused the government of ...", "denied targeting civilians": acts named
        if tok.lower.startswith(("reject", "dismiss")) \
                and not any(t.lower == "that" for t in tokens[c:min(hi, c + 5)]):
            continue  # "rejected a demand to reopen talks": an act; "rejected claims that ...": a report
        if tok.lower in THAT_CUES and tok.lower not in _TELLING \
                and not (c < hi and tokens[c].lower == "that") and not _clause_follows(tokens, c, hi) \
                and _that_after_circumstances(tokens, c, hi) is None:
            continue
        if tok.lower in _TELLING:
            c = _past_listener(tokens, c, hi)
            if c is None:
                continue
        else:
            that = _that_after_circumstances(tokens, c, hi)
            if that is not None:
                c = that + 1
            elif c < hi and tokens[c].lower in PREPOSITIONS and not _counting(tokens, c, hi):
                # "said in a statement on Tuesday it would seek ...": past the circumstances
                c = next((k for k in range(c + 2, min(hi, c + 9))
                          if (tokens[k].lower in _SUBJECT_STARTS or is_cap(tokens[k].text))
                          and tokens[k - 1].lower not in DETERMINERS
                          and tokens[k - 1].lower not in PREPOSITIONS
                          and _clause_follows(tokens, k, hi)
                          and all(t.lower in _BEFORE_THAT or is_cap(t.text)
                                  for t in tokens[c:k])), c)
        if c >= hi - 1 or tokens[c].kind == "p" \
                or tokens[c].lower in PREPOSITIONS and not _counting(tokens, c, hi):
            continue  # "warns of fire risk", "said, adding that": no reported clause follows
        stop = _clause_end(tokens, c, hi)
        if _has_quote(tokens, c, stop):
            # The quoted words are the quote; a clause before "and that" is reported on its own:
            # "said the player had asked to leave and that the fee would be "reinvested"".
            first_q = next(k for k in range(c, stop) if tokens[k].kind == "q")
            split = next((k for k in range(c + 3, first_q) if tokens[k].lower in {"and", "but"}
                          and (tokens[k + 1].lower == "that" or _is_cue(tokens[k + 1])
                               # 'that he had followed the order and "would decide it ..."'
                               or k + 1 == first_q and tokens[k - 1].kind == "w"
                               or tokens[k + 1].lower in _MODALS or tokens[k + 1].lower in PRONOUNS
                               # "that Kersh had two convictions and had climbed into his
                               # pickup "knowing ..."": the first clause is reported on its own
                               or tokens[k + 1].lower in _FINITE)), None)
            # "said it respected the decision but warned that the ban could push ... "...""
            if split is None:  # "... since 1784, a date X describes as "family pride"."
                split = max((k for k in range(c + 5, first_q) if tokens[k].text in {",", "–", "—"}
                             and tokens[k + 1].lower in {"a", "an", "which", "who"}), default=None)
            if split is not None:
                found.append(_indirect_quote(text, tokens[c].start, _content_end(tokens, split),
                                             speaker, tok.text, pid, sents))
            last_q = max(k for k in range(c, stop) if tokens[k].kind == "q")
            for k in range(first_q + 1, last_q - 3):
                # 'said it remained "open to dialogue" and that it would not suspend the
                # platform, which it described as "irreversible"': the clause between
                if tokens[k].lower in {"and", "but"} and tokens[k + 1].lower == "that":
                    end = next(e for e in range(k + 2, last_q + 1) if tokens[e].kind == "q"
                               or tokens[e].text == "," and tokens[e + 1].lower in {"which", "who"})
                    if end - (k + 2) >= 3 and tokens[end].kind != "q":
                        found.append(_indirect_quote(text, tokens[k + 2].start,
                                                     _content_end(tokens, end), speaker, tok.text,
                                                     pid, sents))
            if last_q + 3 < stop and tokens[last_q + 1].lower == "and" \
                    and _clause_follows(tokens, last_q + 2, stop) \
                    and not any(_is_cue(t) or t.lower in {"whether", "if"}
                                for t in tokens[last_q + 2:last_q + 6]):
                # 'said that was "a fair question" and officials were looking at it'
                found.append(_indirect_quote(text, tokens[last_q + 2].start,
                                             _content_end(tokens, stop), speaker, tok.text, pid,
                                             sents))
            continue
        start, end = tokens[c].start, _content_end(tokens, stop)
        if len(text[start:end].split()) < 3 or tokens[c].lower in {"whether", "if"} \
                or all(t.lower in _BEFORE_THAT or t.kind == "p" for t in tokens[c:stop]):
            continue  # reported questions are not reported speech; nor is "said in a statement"
        found.append(_indirect_quote(text, start, end, speaker, tok.text, pid, sents))
        skip_to = stop
    return found


_BEFORE_THAT = _AFTER_ATTRIBUTION | {"outside", "inside", "after", "ahead", "later", "call", "calls",
                                     "analysts", "investors", "shareholders", "lawmakers",
                                     "senators", "event", "rally", "summit", "forum", "visit",
                                     "website", "blog", "post", "letter", "email", "social",
                                     "media", "filing", "interview", "note", "clients",
                                     "late", "early", "to", "reporters", "journalists", "at",
                                     "from", "during", "briefing", "news", "conference", "press",
                                     "with", "his", "her", "their", "its", "this", "on", "of",
                                     "court", "judge", "jury", "committee", "panel", "hearing",
                                     "meeting", "inquiry", "tribunal", "radio", "television",
                                     "podcast", "newsletter", "video", "message", "speech",
                                     "submission", "memo", "report", "documents", "newspaper",
                                     "emailed", "written", "prepared", "brief", "short", "joint",
                                     "separate", "televised", "recorded", "online", "official",
                                     "annual", "quarterly", "weekly", "regulatory", "for",
                                     "months", "years", "weeks", "days", "decades", "since",
                                     "repeatedly", "filings", "papers", "records"}
_DOCUMENTS = {"filing", "report", "statement", "data", "figures", "analysis", "study", "survey",
              "estimate", "estimates", "lawsuit", "complaint", "indictment", "documents",
              "records", "letter", "website", "count", "tally", "calculations", "research"}
# Verbs that take a listener before what was said: "assured aggregators that ...".
_TELLING = {"told", "tells", "assured", "assures", "informed", "informs", "reminded", "reminds",
            "briefed", "promised", "warned"}
_SUBJECT_STARTS = {"he", "she", "it", "they", "we", "i", "there", "the", "a", "an", "its", "his",
                   "her", "their", "this", "these", "no", "all", "some"}
_LISTENERS = {"court", "jury", "meeting", "committee", "hearing", "audience", "crowd", "media",
              "press", "panel", "inquiry", "tribunal", "board", "council", "house", "senate"}
_REFUSALS = {"declined", "refused", "failed", "declines", "refuses", "wouldn't", "would"}
_PARTICIPLES = {"noting", "saying", "adding", "arguing", "warning", "insisting", "claiming",
                "explaining", "stressing", "alleging", "contending", "acknowledging",
                "conceding", "asserting", "maintaining", "predicting", "promising", "vowing",
                "writing", "stating", "declaring", "admitting", "complaining", "recalling",
                "cautioning", "announcing", "countering", "chanting", "shouting", "telling",
                "calling", "describing", "accusing", "urging", "branding", "labelling", "citing",
                "dubbing", "praising", "blaming", "ruling", "testifying"}


# Participles that report what their subject says: "with officials saying ...".
_SAYING = {"saying", "arguing", "warning", "insisting", "claiming", "noting", "complaining",
           "predicting", "stressing", "contending"}


# Auxiliaries and modals that make a finite clause of what comes before them.
_FINITE = {"had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "can",
           "should", "might", "may", "must", "did", "does", "do"}


def _counting(tokens: list[Token], c: int, hi: int) -> bool:
    """`said at least 23 people had been killed`: "at least", "at most" and "about" count, they
    do not place."""
    return c + 1 < hi and (tokens[c].lower == "at" and tokens[c + 1].lower in {"least", "most"}
                           or tokens[c].lower in {"about", "around", "over", "under"}
                           and tokens[c + 1].text[:1].isdigit())


def _past_listener(tokens: list[Token], c: int, hi: int) -> int | None:
    """Where what was said begins after a listener: past "that" (`told residents that ...`),
    a name (`told GB News his party ...`, `told Reuters the ban ...`), an audience (`told
    reporters ...`) or "the judge"; None if it cannot tell."""
    that = next((k for k in range(c, min(hi, c + 10)) if tokens[k].lower == "that"), None)
    if that is not None:
        return that + 1
    k = c + 1 if c + 1 < hi and tokens[c].lower == "the" and is_cap(tokens[c + 1].text) else c
    start = k  # ("told the BBC they had ...")
    while k < hi and tokens[k].kind == "w" and is_cap(tokens[k].text):
        k += 1
    if k > start + (0 if start > c else 1) and _clause_follows(tokens, k, hi):
        return k
    if c < hi and (is_cap(tokens[c].text) or tokens[c].lower in _AUDIENCES):
        return c + 1
    k = c + 1 if c < hi and tokens[c].lower in _LISTENER_OWNERS else c
    if k + 1 < hi and tokens[k].kind == "w" and tokens[k].lower.endswith("s") \
            and _clause_follows(tokens, k + 1, hi):
        return k + 1  # "told colleagues the amendment had ...", "told his officers ..."
    if c + 2 < hi and tokens[c].lower in {"the", "a"} and (
            role_word(tokens[c + 1].lower) or group_word(tokens[c + 1].lower)
            or tokens[c + 1].lower in _LISTENERS) and _clause_follows(tokens, c + 2, hi):
        return c + 2  # "told the judge the district had cut ..."
    return None


def _that_after_circumstances(tokens: list[Token], c: int, hi: int) -> int | None:
    """`acknowledged at his news conference on Thursday that ...`: the "that" after words of
    place, time and medium, or None."""
    that = next((k for k in range(c, min(hi, c + 9)) if tokens[k].lower == "that"
                 and all(t.kind == "w" and t.lower not in CLAUSE_MARKERS for t in tokens[c:k])),
                None)
    if that is not None and all(t.lower in _BEFORE_THAT or is_cap(t.text)
                                or t.lower.endswith("ly")
                                for t in tokens[c:that]):
        return that  # "said privately that", "told reporters on Friday that"
    if that is not None and tokens[c].lower in {"at", "in", "on", "during", "after"} and not any(
            t.lower in _FINITE or t.lower in _MODALS or _is_cue(t) for t in tokens[c:that]):
        return that  # "said at a regular briefing that", "in a rare televised address that"
    return None


def _clause_follows(tokens: list[Token], c: int, hi: int) -> bool:
    """`acknowledged the company had not ...`: a short subject, then a finite verb, so the
    verb's object is a clause, not a thing (`acknowledged the problem`)."""
    if c + 1 < hi and tokens[c].lower in PRONOUNS \
            and tokens[c + 1].kind == "w" and tokens[c + 1].lower.endswith(("ed", "s")):
        return True  # "it supported the system", "they wants": a pronoun and its verb
    for k in range(c, min(hi, c + 6)):
        t = tokens[k]
        if t.lower in _FINITE:
            return k > c and all(np_word(w) or w.kind == "w" and not w.lower in CLAUSE_MARKERS
                                 for w in tokens[c:k])
        if t.kind != "w" or t.lower in CLAUSE_MARKERS:
            return False
    return False


_BETWEEN_VERB = {"has", "have", "had", "also", "later", "then", "previously", "reportedly"}
_LISTENER_OWNERS = {"his", "her", "their", "our", "its", "fellow"}
_AUDIENCES = {"reporters", "journalists", "jurors", "lawmakers", "mps", "analysts", "investors",
              "supporters", "parliament", "me", "us", "him", "her", "them"}


def _quote_before(tokens: list[Token], lo: int, v: int) -> int:
    return max(k for k in range(lo, v) if tokens[k].kind == "q")


def _attributes_quote(tokens: list[Token], lo: int, v: int) -> bool:
    """Whether the verb at ``v`` is the attribution of a quote just before it:
    `"...," Corvane's chief executive, Mark Lindqvist, said in the statement.`"""
    k = v - 1
    while k >= lo and v - k <= 16 and (tokens[k].kind == "w" and tokens[k].lower not in
                                       CLAUSE_MARKERS or tokens[k].text in {",", "—", "–"}):
        k -= 1
    return k >= lo and tokens[k].kind == "q"


# Clauses that may close an attribution after a report: "..., four delegates told Reuters, as
# frustration grows", "..., the company said in a statement before the market opened."
_TRAILING = {"before", "after", "as", "when", "while"}


def _inside_later_report(tokens: list[Token], lo: int, hi: int, v: int) -> bool:
    """Whether the verb at ``v`` lies inside a report that a later attribution in the sentence
    closes: `Resident doctors have rejected the offer and will strike, the BMA said.`"""
    end = next((k for k in range(v + 1, hi) if tokens[k].kind == "s"), hi)
    for w in range(v + 2, end):
        if tokens[w].lower in INDIRECT_CUES and tokens[w - 1].kind == "w" \
                and any(t.text == "," for t in tokens[v + 1:w]):
            before = _reported_before(tokens, lo, end, w)
            if before is not None and before[0] <= v < before[1]:
                return True
    return False


def _source(tokens: list[Token], span: tuple[int, int]) -> tuple[int, int]:
    """The source within what follows "according to": the body before its document
    ("Ministry of Justice figures", "ministry figures released on Thursday") or the one after
    "by" ("a survey by polling firm Peilcentrum published on Monday"); else all of it."""
    i, j = span
    doc = next((k for k in range(i, j) if tokens[k].lower in _DOCUMENTS), None)
    if doc is None:
        return span
    by = next((k for k in range(doc + 1, min(doc + 3, j)) if tokens[k].lower == "by"), None)
    after = phrase_after(tokens, by, loose=True) if by is not None else None
    if after is not None:
        end = next((k for k in range(after[0] + 1, after[1])
                    if tokens[k].text.islower() and tokens[k].lower.endswith("ed")), after[1])
        return after[0], end
    if doc > i and (is_cap(tokens[doc - 1].text) or tokens[doc - 1].lower in ORG_NOMINALS
                    or tokens[doc - 1].lower in ORG_NOUNS):
        return i, doc
    if doc + 1 < j and tokens[doc + 1].lower in {"published", "released", "in", "out"}:
        # "a study published on Wednesday in The Lancet Public Health": the study speaks
        # (its authors), not the journal that printed it
        return doc, doc + 1
    return span


def _reported_before(tokens: list[Token], lo: int, hi: int, v: int) -> tuple[int, int] | None:
    """`Fares will rise by 4.9 per cent, the Transport Secretary confirmed yesterday, ...`."""
    k = v + 1
    telling = tokens[v].lower in _TELLING
    if k + 1 < hi and tokens[k].lower == "to" and (is_cap(tokens[k + 1].text)
                                                   or tokens[k + 1].lower in _AUDIENCES
                                                   or tokens[k + 1].lower == "the"):
        telling = True  # "..., the company confirmed to The Verge on Tuesday."
        k += 1
    while k < hi and (_after_report(tokens[k]) or tokens[k].kind == "w" and telling and (
            is_cap(tokens[k].text) or tokens[k].lower in _AUDIENCES)):
        k += 1  # "..., people familiar with its thinking told Reuters."
    if telling and k > v + 1 and k + 1 < hi and tokens[k].text == "," \
            and tokens[k + 1].lower not in _TRAILING:
        return None  # "X told Polsat, a television channel, that ...": not after a report
    if k < hi and tokens[k].lower in _TRAILING:
        # "..., the company said in a statement before the market opened."
        k = next((n for n in range(k, hi) if tokens[n].text in {",", ".", ";"}
                  or tokens[n].kind == "q"), hi)
    if k < hi and tokens[k].text not in {",", ".", ";"} \
            or k + 1 < hi and tokens[k].text == "," and tokens[k + 1].kind == "q":
        return None  # 'X said, "..."': the quote after is what was said
    # The attribution runs back from the verb over the speaker's words and commas
    # ("the minister, Claire Donnelly,"); the report ends at the comma before it.
    k = v - 1
    while k > lo and tokens[k].lower in _BETWEEN_VERB:
        k -= 1  # "the Institute for Fiscal Studies has said"
    while k > lo and (tokens[k].text == "," or np_word(tokens[k])
                      or determiner_before(tokens, k + 1, v) is not None):
        k -= 1
    span = phrase_before(tokens, v)
    if span and lo < span[0] <= k + 1:  # "..., a source familiar with Saudi thinking said"
        k = span[0] - 2 if tokens[span[0] - 1].text == "," else span[0] - 1
    comma = next((c for c in range(k + 1, v) if tokens[c].text == ","), None)
    if comma is None or comma <= lo + 2:
        return None
    start = _after_dateline(tokens, lo, comma)
    if comma - start < 3 or _has_quote(tokens, start, comma):
        return None
    return start, comma


def _clause_end(tokens: list[Token], c: int, hi: int) -> int:
    """Reported speech ends where the writer's next clause begins: `, while the government ...`."""
    cues = cue_verbs()
    for k in range(c + 1, hi - 1):
        t, nxt = tokens[k], tokens[k + 1]
        if t.text == ";" or (t.text == "," and (
                nxt.lower in {"while", "whereas", "but", "although", "though"}
                or nxt.lower in {"even", "as"} and not _parenthetical(tokens, k, hi)
                or nxt.lower.endswith("ing") and nxt.lower != "including")):
            return k  # another clause, or a participle: ", calling the ban ..."
        if t.lower in {"and", "but"} and (nxt.lower in cues or nxt.lower in INDIRECT_CUES) \
                and nxt.lower != "that":
            return k  # "... and called on both sides", "but warned that": a second report
    return hi


def _parenthetical(tokens: list[Token], comma: int, hi: int) -> bool:
    """`he refrained, as he has repeatedly, from blaming`: an aside the sentence goes on after."""
    close = next((k for k in range(comma + 2, min(hi, comma + 8)) if tokens[k].text == ","), None)
    return close is not None and close + 1 < hi and tokens[close + 1].kind == "w" \
        and tokens[close + 1].lower not in CLAUSE_MARKERS and not is_cap(tokens[close + 1].text)


def _content_end(tokens: list[Token], hi: int) -> int:
    k = hi - 1
    while k > 0 and tokens[k].kind == "p":
        k -= 1
    return tokens[k].end


def _indirect_quote(text, start, end, speaker, cue, pid, sents) -> _Quote:
    q = _Quote(start, end, "indirect", pid, _sentence_at(sents, start))
    q.speaker, q.cue = speaker, cue
    q.how = "pronoun" if speaker.kind == "pronoun" else "cue"
    return q


class _Actors:
    """The article's actors: named speakers merged by alias, with pronouns and roles resolved."""

    def __init__(self, text: str, frames: dict[int, list[Token]], quotes: list[_Quote],
                 sentence_starts: list[int], target: str = "",
                 headlines: set[int] = frozenset()):
        self.text = text
        self.target = target
        self.quoted = [(q.start, q.end) for q in quotes if q.kind != "indirect"]
        self.sentence_starts = sentence_starts
        self.people: dict[str, dict] = {}  # canonical name -> record
        self.others: dict[str, dict] = {}
        self.mentions: list[tuple[int, str]] = []  # (offset, canonical) of named persons
        self.recent: list[tuple[int, str, str]] = []  # organisations and groups as they speak
        self._employers: set[str] | None = None
        self.document_owners: dict[str, str] = {}  # who last spoke "in a statement", "release"
        self._body_runs: list[str] | None = None  # body names in the text, shortest first
        self._acronyms: dict[str, str] | None = None
        self._calls: list[tuple[int, str, str]] | None = None  # "Ofqual, the exams regulator"  # "CMA" -> "Competition and Markets ..." 
        names: list[tuple[int, Speaker]] = []
        self.speakers = {q.speaker.name for q in quotes
                         if q.speaker is not None and q.speaker.kind == "person"}
        for q in quotes:
            if q.speaker is not None and q.speaker.kind == "person":
                if self._employer(q.speaker.name) or _WHICH.match(text, q.speaker.end) \
                        or _body_title(q.speaker.title) and not q.speaker.affiliation \
                        and q.speaker.name.split()[0] not in given_names():
                    q.speaker.kind = "organisation"
                else:
                    names.append((q.speaker.start, q.speaker))
        for pid, tokens in frames.items():
            names.extend((s.start, s) for s in _titled_names(tokens))
            if pid not in headlines:  # "Machu Picchu guides block rail line": a headline's
                # subject is too often a place or a body with a noun after it
                names.extend((s.start, s) for s in _subject_names(tokens))
        surnames = {sp.name.split()[-1] for _, sp in names if " " in sp.name}
        # "Kang Tae-won", "Agnes Tsang Wai-ling": the family name before a hyphenated given name
        surnames |= {sp.name.split()[-2] for _, sp in names
                     if _GIVEN_AFTER.fullmatch(sp.name.split()[-1]) and " " in sp.name}
        # "Liu Qing ... Liu said": a Chinese, Korean or Vietnamese family name comes first
        surnames |= {sp.name.split()[0] for _, sp in names
                     if " " in sp.name and sp.name.split()[0] in _FAMILY_NAMES_FIRST}
        in_names = {w for _, sp in names if " " in sp.name for w in sp.name.split()}
        for _, sp in list(names):
            if " " not in sp.name and sp.name not in in_names:
                full = self._with_first_name(sp.name)
                if full is not None:  # "substitute Liam Burke struck" ... "Burke said"
                    names.append((full.start, full))
                    surnames.add(sp.name)
        for _, sp in names:
            if " " not in sp.name and sp.name not in surnames and (
                    self._employer(sp.name) or not self._personal(sp.name)
                    or self._after_the(sp.start)):
                # "Tesco said": no first name, title or "he" anywhere; "the Elysee said": no
                # one is called "the X"
                sp.kind = "organisation"
        for _, sp in names:
            if sp.kind == "person" and " " in sp.name and not sp.title and self._its(sp.name):
                sp.kind = "organisation"  # "Goldman Sachs raised its forecast"
        self.full_names: dict[str, str] = {}  # short name of a body misread as a person -> full
        for _, sp in names:
            full = self._full_body(sp.name) if sp.kind == "person" else None
            if full:  # "Pennine Valleys said" where the article also has "Pennine Valleys Trust"
                sp.kind = "organisation"
                if full.split()[-1] not in _LEGAL_SUFFIXES:
                    self.full_names[sp.name] = full
        names = [(at, sp) for at, sp in names if sp.kind == "person" and not _office(sp.name)
                 and not (_body_title(sp.title) and sp.name.split()[0] not in given_names())]
        # (not "Smart home company Fable Home": a company)
        self._cluster(sorted(names, key=lambda x: x[0]))
        self._spellings()
        self._find_mentions(frames)
        self.gender = self._genders(frames)
        self.frames = frames
        self.headline_end = max((tokens[-1].end for pid, tokens in frames.items()
                                 if pid in headlines and tokens), default=0)
        self._subject_bodies: dict[int, list[Speaker]] = {}  # by paragraph, as pronouns ask

    def _with_first_name(self, surname: str) -> Speaker | None:
        """The full name a speaker named by surname alone has elsewhere in the article, when
        one capitalised word, and only one, stands before it there and looks like a first name."""
        found: dict[str, tuple[int, int]] = {}
        for start, before, end in _capitalised_before(self.text, surname):
            words = before.split()
            while words and not _first_name_like(words[0]):
                words = words[1:]  # "substitute Liam Burke" at a sentence's start
            if words and all(_first_name_like(w) for w in words):
                found.setdefault(" ".join(words), (start + before.index(words[0]), end))
        if len(found) != 1:
            return None
        (first, (start, end)), = found.items()
        return Speaker(f"{first} {surname}", start, end, "person")

    def _after_the(self, offset: int) -> bool:
        """Whether "the" comes right before ``offset``: "the Elysee", "the prime minister"."""
        return self.text[max(0, offset - 4):offset].lower() == "the "

    def _employer(self, name: str) -> bool:
        """A one-word name the article also puts before a role is a body, not a person:
        `Kelvo insisted ...` where it writes `Kelvo's chief executive` or `a Kelvo spokeswoman`."""
        if self._employers is None:
            self._employers = {m.group(1) for m in _BEFORE_ROLE.finditer(self.text)
                               if m.group(2) in _ORG_ROLES}
        return " " not in name and name in self._employers

    def _cluster(self, names: list[tuple[int, Speaker]]) -> None:
        # Longest names first, so that "Churkin" joins "Vitali Churkin".
        for _, sp in sorted(names, key=lambda x: (-len(x[1].name.split()), x[0])):
            key = self._match(sp.name)
            if key is None:
                self.people[sp.name] = {"kind": "person", "title": sp.title,
                                        "affiliation": sp.affiliation, "aliases": [sp.name],
                                        "first": sp.start}
            else:
                rec = self.people[key]
                if sp.name not in rec["aliases"]:
                    rec["aliases"].append(sp.name)
                if sp.title and (not rec["title"] or _former(rec["title"])
                                 and not _former(sp.title)):
                    rec["title"] = sp.title  # "The minister, X, a former central bank official"
                rec["affiliation"] = rec["affiliation"] or sp.affiliation

    def _spellings(self) -> None:
        """Other spellings of a person's full name anywhere, captions too: Vitaly / Vitali Churkin."""
        full_names = {key.split()[-1]: key for key in self.people if len(key.split()) > 1}
        if not full_names:
            return
        for start, _, surname in NameFinder(full_names).finditer(self.text):
            first = _FIRST_NAME_BEFORE.search(self.text, max(0, start - 40), start)
            if first is None:
                continue
            key = full_names[surname]
            full = f"{first.group(1)} {surname}"
            rec = self.people[key]
            if full not in rec["aliases"] and _similar(first.group(1), key.split()[0]) \
                    and first.group(1).lower().rstrip(".") not in HONORIFICS:  # "Mr Whitby"
                rec["aliases"].append(full)

    def _match(self, name: str) -> str | None:
        """The person ``name`` names: an alias as written, or else the one person whose name it
        shortens. A surname two people share ("Whitby" for Graham and Maureen Whitby) matches
        neither."""
        low = name.lower()
        for key, rec in self.people.items():
            if low in map(str.lower, rec["aliases"]):
                return key
        parts = name.split()
        found = []
        for key, rec in self.people.items():
            for alias in rec["aliases"]:
                other = alias.split()
                # one word of the name: "Churkin", "Vitali", and "Lula" of "Luiz Inacio Lula
                # da Silva"
                if len(parts) == 1 and parts[0] in other and parts[0].lower() not in PARTICLES \
                        or parts[-1] == other[-1] and (
                            len(parts) < len(other) and " ".join(other).lower().endswith(low)
                            or _similar(parts[0], other[0])) \
                        or len(other) == len(parts) + 1 > 2 and other[:-1] == parts:
                    # the last: "Kamal Hisham" of "Kamal Hisham Rosli", named without his
                    # father's name
                    found.append(key)
                    break
        return found[0] if len(found) == 1 else None

    def _find_mentions(self, frames: dict[int, list[Token]]) -> None:
        """Every place outside quotes where the article names a person, surname alone too,
        unless two of its people share it (Graham and Maureen Whitby: "Mr Whitby" is neither
        for sure)."""
        aliases: dict[str, str] = {}
        surnames: dict[str, set[str]] = {}
        for key, rec in self.people.items():
            for alias in rec["aliases"]:
                aliases[alias] = key
            surnames.setdefault(key.split()[-1], set()).add(key)
        for surname, keys in surnames.items():
            if len(keys) == 1:
                aliases.setdefault(surname, next(iter(keys)))
            elif aliases.get(surname) in keys and surname not in keys:
                del aliases[surname]
        if not aliases:
            return
        finder = NameFinder(aliases)
        for tokens in frames.values():
            if not tokens:
                continue
            quoted = None  # the paragraph's quotes, found for its first name
            for start, _, alias in finder.finditer(self.text, tokens[0].start, tokens[-1].end):
                if quoted is None:
                    quoted = [(t.start, t.end) for t in tokens if t.kind == "q"]
                if any(a <= start < b for a, b in quoted):
                    continue
                key = aliases[alias]
                self.mentions.append((start, key))
                if alias not in self.people[key]["aliases"]:
                    self.people[key]["aliases"].append(alias)
        self.mentions.sort()
        self._role_mentions(frames)

    def _role_mentions(self, frames: dict[int, list[Token]]) -> None:
        """"The judge, who has run the county's drug court for a decade, ..." is a mention of
        the one person already named whose title the role ends, so that a later "he said" may
        mean him; not where the article has an unnamed holder of the role ("A Hallam Water
        spokesperson said ... The spokesperson added")."""
        holders: dict[str, list[str]] = {}
        for key, rec in self.people.items():
            words = (rec["title"] or "").lower().split()
            if words and words[-1].isalpha() and not set(words) & _OTHER_HOLDER:
                holders.setdefault(words[-1], []).append(key)
        roles = {role: keys[0] for role, keys in holders.items() if len(keys) == 1}
        if not roles:
            return
        first: dict[str, int] = {}
        for at, key in self.mentions:
            first.setdefault(key, at)
        found: list[tuple[int, str]] = []
        unnamed: dict[str, bool] = {}
        for tokens in frames.values():
            if not tokens:
                continue
            quoted = None  # the paragraph's quotes, found for its first role
            for m in _THE_WORD.finditer(self.text, tokens[0].start, tokens[-1].end):
                if m.group(1) not in roles:
                    continue
                if quoted is None:
                    quoted = [(t.start, t.end) for t in tokens if t.kind == "q"]
                role = m.group(1)
                if role not in unnamed:
                    unnamed[role] = _a_role(self.text, role)
                key = roles[role]
                if not unnamed[role] and first.get(key, len(self.text)) < m.start() \
                        and not any(a <= m.start() < b for a, b in quoted):
                    found.append((m.start(), key))
        self.mentions = sorted(self.mentions + found)

    def resolve(self, sp: Speaker) -> str | None:
        """The actor a speaker phrase refers to; call in article order."""
        actor = self._resolve(sp)
        k = bisect_right(self.sentence_starts, sp.start) - 1
        hi = self.sentence_starts[k + 1] if k + 1 < len(self.sentence_starts) else len(self.text)
        document = _IN_DOCUMENT.search(self.text, self.sentence_starts[k] if k >= 0 else 0, hi) \
            if actor is not None and sp.kind in {"person", "organisation"} else None
        if document is not None:  # "X said in a written statement": "the statement" is X's
            self.document_owners[document.group(1)] = actor
        return actor

    def _resolve(self, sp: Speaker) -> str | None:
        if sp.kind == "person" and _office(sp.name):
            # "the Transport Secretary confirmed", "the Education Minister told": an office,
            # whoever holds it, not a person called so
            sp = Speaker(sp.name, sp.start, sp.end, "nominal", sp.name, sp.affiliation)
        if sp.kind == "person":
            body = next((k for k, r in self.others.items() if r["kind"] == "organisation"
                         and k.startswith(sp.name + " ")), None)
            # "Kopano" where the article also names "Kopano Platinum": the company, not a person.
            return self._match(sp.name) or body or sp.name
        if sp.kind == "pronoun":
            return self._antecedent(sp)
        if sp.kind == "group" and " " not in sp.name and sp.name[:1].isupper():
            person = self._match(sp.name)
            if person is not None:  # "Albers said": Ron Albers, not a group of "albers"
                return person
        if sp.kind == "nominal" and sp.name == "another":
            # "One MP said ... Another said:": another of the last ones counted
            counted = next((key for key in reversed(self.others)
                            if key.split()[0] in {"one", "another"}), None)
            if counted is None:
                return None
            sp.name = sp.title = "another " + counted.split(" ", 1)[1]
        if sp.kind == "nominal" and (sp.name.lower().startswith(("one ", "another "))
                                     or sp.name.split()[0].lower() in _ORDINALS):
            # "one reporter asked", "A third delegate countered": someone the article leaves
            # unnamed, and not the one before
            return self._other(sp, sp.name)
        if sp.kind == "nominal":
            role = re.split(r"\s+(?:for|of|at|from|with|in|to)\s+", sp.name)[0].lower()
            last = sp.name.split()[-1]
            if last in {"spokesperson", "spokesman", "spokeswoman"} and " " in sp.name:
                # "A Department for Environment, Food and Rural Affairs spokesperson": the role
                # comes last, after the body's name
                role = last
            head = role.split()[-1]
            # "A spokesman for the premier said": someone new, not a spokesman named before
            indefinite = _A_BEFORE.search(self.text, max(0, sp.start - 3), sp.start) \
                and head not in ORG_NOMINALS and head not in _BODY_NAMES
            person = self._titled(role, head, sp.start, sp.name, later=indefinite)
            if person is None and (sp.name.lower().startswith("the ") or (
                    head in _OFFICES or head.endswith("-year-old")) and self._after_the(sp.start)):
                # "The chancellor told MPs", "the 33-year-old said": a definite role the article
                # has not given anyone is someone it has just named, like a pronoun.
                person = self._antecedent(Speaker("they-person", sp.start, sp.end, "pronoun"),
                                          untitled=not head.endswith("-year-old"))
            if person is None and sp.start < self.headline_end and head in TITLE_WORDS:
                # "'We will not be bullied': Mayor defends congestion charge": the headline's
                # role is the first person the article then names
                person = next((k for at, k in self.mentions if at >= self.headline_end), None)
            if person is not None:
                return person
            if head in _DOCUMENT_HEADS:
                author = self._author(sp) or (self._plaintiff(sp.start) if head in _SUITS
                                              else None)
                if author is not None:  # "A memo from the bureau warned", "The order, issued
                    return author       # by the interior ministry on Monday, says"
                # "the release said": the body named as issuing it, or else the last body
                # that spoke ("the statement added")
                owner = self._document_owner(head, sp.start) \
                    or self.document_owners.get(head) or self._last_body(sp.start)
                if owner:
                    return self._remember(sp, owner, "organisation")
            body_noun = head in ORG_NOMINALS or head in _BODY_NAMES or head.endswith("maker")
            if body_noun and _A_BEFORE.search(self.text, max(0, sp.start - 3), sp.start):
                # "..., a wildlife charity has said. The Upland Rivers Trust said ...": a body
                # the article introduces, then names
                body = self._next_body(sp.end)
                if body:
                    return self._remember(sp, body, "organisation")
            elif body_noun and head in _BODY_NAMES and _modified(role):
                # "the statistics bureau", "the land council": a body whose name holds the
                # words, or else one the article does not name
                body = next((b for b in self._body_names(sp.start) if _holds(b, role)), None)
                if body:
                    return self._remember(sp, body, "organisation")
            elif (body_noun or head in _DOCUMENT_HEADS) and not _NAMED_OWNER.match(sp.name):
                # (not "Wiltshire Council's trading standards team": its owner names it)
                body = self._named_body(head, sp.start) or self._called(head, sp.start) \
                    or self._body_near(sp.start, head)
                if body:
                    return self._remember(sp, body, "organisation")
            if body_noun:  # "the hospital said" with no hospital named: a body all the same
                sp.kind = "organisation"
            return self._other(sp, sp.name[:1].upper() + sp.name[1:])
        if sp.kind == "organisation" and sp.name.lower().split()[-1] in _DOCUMENT_HEADS:
            author = self._author(sp)  # "The letter, which the FDA posted ..., said"
            if author is not None:
                return author
        parent, _, noun = sp.name.partition(" ")
        if sp.kind == "organisation" and parent in ORGS and noun in _BODY_NAMES:
            # "The UN agency added" after "The World Health Organization said"
            body = self._named_body(noun, sp.start)
            if body:
                return self._remember(sp, body, "organisation")
        if sp.kind == "organisation" and sp.name.isalpha() and (
                sp.name.islower() or sp.name.lower() in _BODY_NAMES):
            # "the ministry said", "The Commission said": the body the article has named so,
            # or has called so ("Ofqual, the exams regulator", "the FTMI union")
            low = sp.name.lower()
            body = self._named_body(low.split()[-1], sp.start) or self._called(low, sp.start) \
                or (self._body_near(sp.start, low) if low in ORG_NOMINALS
                    and _WHICH.match(self.text, sp.end) else None)
            # ("The retailer, which sells clothing ..., said": the body just named)
            if body:
                return self._remember(sp, body, "organisation")
        name = re.sub(r"^(?:the|The)\s+", "", sp.name)
        if sp.kind == "group" and " " not in name and \
                self._after_the(sp.start):
            # "the family said" after "The Holloway family, in a statement, ...": that family
            named = re.findall(r"\b[A-Z][\w'’-]+\s+" + re.escape(name) + r"\b",
                               self.text[:sp.start])
            if named and named[-1].split()[0] not in {"The", "A", "An"}:
                name = named[-1]
        written = " ".join(self.text[sp.start:sp.end].split())
        if written != name and re.sub(r"['’]", "", written) == re.sub(r"['’]", "", name):
            name = written  # "Patients' groups", "heads’ union": the apostrophe as written
        name = self.full_names.get(name, name)
        return self._remember(sp, self._other(sp, name), sp.kind)

    def _body_names(self, offset: int) -> list[str]:
        """Bodies among the actors, then the bodies' names in the text before ``offset``, the
        latest first."""
        named = [k for k, r in self.others.items() if r["kind"] == "organisation"]
        return named + [_OWNER.sub("", m.group()) for m in reversed(list(
            _BODY_RUN.finditer(self.text, 0, offset))) if _last_word(m.group()) in ORG_WORDS]

    def _author(self, sp: Speaker) -> str | None:
        """Who wrote a document that speaks, as the speaker phrase or an aside right after it
        says: "a memo from the bureau", "The order, issued by the interior ministry, says"."""
        m = _FROM_AUTHOR.search(self.text, sp.start, sp.end) or _ISSUED_BY.match(self.text, sp.end) \
            or _AUTHOR_OWNS.match(self.text, sp.start, sp.end)
        if m is None:
            return None
        name = m.group("author")
        kind = "nominal" if name.isalpha() and name.islower() else "organisation"
        at = m.start("author")
        author = self._resolve(Speaker(name, at, at + len(name), kind))
        if author is None or author in self.people:
            return author
        return self._remember(sp, author, self.others[author]["kind"])

    def _plaintiff(self, offset: int) -> str | None:
        """Who brought the suit "the complaint" is: the first actor named in the last sentence
        before ``offset`` that says someone sued ("Renata Osei, who co-founded ..., has sued")."""
        sued = None
        for m in _SUED.finditer(self.text, 0, offset):
            sued = m
        if sued is None:
            return None
        k = bisect_right(self.sentence_starts, sued.start()) - 1
        lo = self.sentence_starts[k] if k >= 0 else 0
        person = next((key for at, key in self.mentions if lo <= at < sued.start()), None)
        return person

    def _document_owner(self, head: str, offset: int) -> str | None:
        """Who the article says issued the last ``head`` before ``offset``: "a press release
        issued by the University of Edinburgh", "a statement from Kelvo", "Kelvo's statement"."""
        owner = None
        for m in _DOCUMENT_OWNER.finditer(self.text, 0, offset):
            if head in (m.group("doc1") or "", m.group("doc2") or ""):
                owner = _OWNER.sub("", m.group("by") or m.group("of"))
        return self._known_as(owner) if owner else None

    def _next_body(self, offset: int) -> str | None:
        """The first body named in the two sentences after ``offset``."""
        k = bisect_right(self.sentence_starts, offset)
        hi = self.sentence_starts[k + 2] if k + 2 < len(self.sentence_starts) else len(self.text)
        return next((_OWNER.sub("", m.group()) for m in _BODY_RUN.finditer(self.text, offset, hi)
                     if _last_word(m.group()) in ORG_WORDS), None)

    def _full_body(self, name: str) -> str | None:
        """The shortest organisation name the article starts with ``name``: "Pennine Valleys
        Hospitals NHS Trust" for "Pennine Valleys", "Westbury City" (not "Westbury City
        Supporters’ Trust") for "Westbury"."""
        if self._body_runs is None:
            self._body_runs = sorted({_OWNER.sub("", m.group())
                                      for m in _BODY_RUN.finditer(self.text)
                                      if _last_word(m.group()) in ORG_WORDS}, key=len)
        return next((run for run in self._body_runs if run.startswith(name + " ")
                     and run[len(name) + 1:len(name) + 2].isupper()), None)

    def _known_as(self, name: str) -> str:
        """The body's name as the article's actors already have it: "Commission" for "European
        Commission" when that is how it spoke first, and the other way round."""
        for key in self.others:
            if key == name or name.endswith(" " + key) or key.endswith(" " + name):
                return key
        return name

    def _its(self, name: str) -> bool:
        """Whether the article writes "its" right after the name: "Goldman Sachs raised its"."""
        at = self.text.find(name)
        while at >= 0:
            if _ITS_AFTER.match(self.text, at + len(name)):
                return True
            at = self.text.find(name, at + 1)
        return False

    def _personal(self, name: str) -> bool:
        """Whether the article treats a one-word name as a person's: an honorific or title
        before it anywhere, or, unless "its" follows it, a personal pronoun somewhere after it."""
        for word in _word_before(self.text, name):
            low = word.lower()
            # "the regulator Ofwat" is a body's description, not a person's title
            if low in HONORIFICS or role_word(low) and low not in ORG_NOMINALS \
                    and low not in _BODY_NAMES:
                return True
        if self._its(name):
            return False  # "Eskom denied that its network was to blame"
        first = self.text.find(name)
        return bool(_PERSONAL_PRONOUN.search(self.text, max(first, 0)))

    def _last_body(self, offset: int, ending: str = "", business: bool = False) -> str | None:
        """The organisation that spoke last before ``offset`` (whose name ends so; not a
        public body when a business is meant)."""
        return next((key for at, key, kind in reversed(self.recent) if at < offset
                     and kind == "organisation" and key.lower().endswith(ending)
                     and not (business and _PUBLIC_BODIES & {w[:1].upper() + w[1:]
                                                             for w in key.split()})), None)

    def _named_body(self, head: str, offset: int) -> str | None:
        """The latest body named before ``offset`` whose name holds the noun ``head`` stands
        for: "the ministry" after "Japan's Ministry of Health", "the agency" after "the
        Federal Aviation Administration"."""
        words = _BODY_NAMES.get(head)
        if not words:
            return None
        spoke = self._last_body(offset, " " + head)
        if spoke:  # "South Sudan's finance ministry said ... The ministry said"
            return spoke
        best = headed = None
        for m in _BODY_RUN.finditer(self.text, 0, offset):
            name = m.group()
            if any(w in words for w in name.split()) \
                    and not any(a <= m.start() < b for a, b in self.quoted):
                best = _OWNER.sub("", name)  # "Japan's Ministry of Health", "The ..."
                parts = best.split()
                if parts[-1] in words or len(parts) > 2 and parts[0] in words \
                        and parts[1] == "of":
                    # "the university" is the University of Exeter, not the Royal Devon
                    # University Healthcare NHS Foundation Trust named after it
                    headed = best
        best = headed or best
        return self._known_as(best) if best else None

    def _record(self, key: str) -> dict:
        return self.people.get(key) or self.others[key]

    def _titled(self, role: str, head: str, offset: int, name: str = "",
                later: bool = False) -> str | None:
        """The person whose title is this role: exactly, or else ending in its head word
        ("the judge" is "Superior Court Judge Harold Brandt"), never a "shadow" or "former" one.
        Of several, the one named last before ``offset``, or else the first named after it:
        "the country's energy minister said" is the minister the next paragraphs name."""
        exact = [k for k, r in self.people.items() if (r["title"] or "").lower() == role]
        fits = exact or [key for key, rec in self.people.items()
                         if (words := (rec["title"] or "").lower().split())
                         and words[-1] == head and not set(words) & _OTHER_HOLDER]
        # "A Thames Water spokesperson said" is not the Liberal Democrats' spokesperson: a
        # named owner must be in the person's title or affiliation
        owner = [w.lower() for w in name.split()[:-1] if w[:1].isupper()
                 and w.lower() not in TITLE_WORDS and w.lower() not in _OTHER_HOLDER]
        if owner and not exact:
            fits = [k for k in fits if self._owned_by(k, owner, offset)]
        # "A Natural England spokesperson said ... The spokesperson added": an unnamed holder
        # introduced before counts too, but "the former official" is not the senior official
        # who spoke before, nor "the official" the former one
        holder = set(role.split()) & _OTHER_HOLDER
        unnamed = [(r["first"], k) for k, r in self.others.items()
                   if r["kind"] == "person" and r["first"] < offset
                   and (words := (r["title"] or "").lower().split()) and words[-1] == head
                   and set(words) & _OTHER_HOLDER == holder
                   and all(w in f'{r["title"]} {r["affiliation"]}'.lower() for w in owner)]
        named = [(at, key) for at, key in self.mentions if key in fits]
        after = [key for at, key in named if at >= offset]
        if later:  # "A former bartender told jurors ...": one the article names next, if any
            return next((key for key in after if self._record(key)["first"] >= offset), None)
        if len(fits) < 2 and not unnamed:
            return fits[0] if fits else None
        before = sorted([(at, key) for at, key in named if at < offset] + unnamed)
        return before[-1][1] if before else after[0] if after else fits[0]

    def _owned_by(self, key: str, owner: list[str], offset: int) -> bool:
        """Whether a person can be the owner's role-holder: the owner is in their title or
        affiliation ("Kuwait's foreign minister" and "Kuwaiti Foreign Minister X"), or, for one
        the article names only after the description, nothing there names anyone else
        ("South Africa's electricity minister warned ... said the minister, Sipho Ntuli")."""
        rec = self.people[key]
        held = f'{rec["title"]} {rec["affiliation"]}'.lower()
        words = [re.sub(r"['’]s?$", "", w) for w in owner]
        if all(w in held for w in words):
            return True
        others = [w for w in f'{rec["title"] or ""} {rec["affiliation"] or ""}'.split()
                  if w[:1].isupper() and w.lower() not in TITLE_WORDS]
        return not others and rec["first"] > offset

    def _to_bodies(self, key: str, kind: str) -> None:
        """Move an actor taken for a person over to the bodies: no pronoun can mean it now."""
        self.others[key] = {**self.people.pop(key), "kind": kind, "affiliation": key}
        self.mentions = [(at, k) for at, k in self.mentions if k != key]

    def _remember(self, sp: Speaker, key: str, kind: str) -> str:
        if kind == "organisation" and key in self.people and not self._surely_person(key):
            # a bare subject that "the company" turned out to mean: a body after all
            self._to_bodies(key, "organisation")
        if key not in self.others and key not in self.people:
            self.others[key] = {"kind": kind, "title": None, "affiliation": key,
                                "aliases": [key], "first": sp.start}
        self.recent.append((sp.start, key, self.others.get(key, {"kind": kind})["kind"]))
        return key

    def _body_near(self, offset: int, head: str = "") -> str | None:
        """The organisation "the company" refers to: a name the article already gave a body, or
        failing that the nearest name that looks like one, in this sentence or the four before.
        A business noun ("the company", "the processor") never means a public body ("U.S.
        Chemical Safety Board", "Woodbury County District Court").

        A capitalised word that opens a sentence ("Gross margin fell") is the weakest guess.
        """
        business = head in _BUSINESSES
        i = bisect_right(self.sentence_starts, offset) - 1
        best = None
        for distance, k in enumerate(range(i, max(-1, i - 5), -1)):
            lo = self.sentence_starts[k] if k >= 0 else 0
            hi = offset if k == i else self.sentence_starts[k + 1]
            runs = [(m.start(), part) for m in _CAP_RUN.finditer(self.text, lo, hi)
                    for part in re.split(r"\s+of\s+", m.group())]
            for at, name in runs:
                name = re.sub(r"^(?:The|A|An)\s+", "", name).rstrip(".")
                if name and not is_cap(name.split()[-1]):
                    continue  # "the Sioux City-based processor": a place, not the body
                if " " in name and name.isupper():
                    continue  # "SAN FRANCISCO — ...": a dateline
                first, _, rest = name.partition(" ")
                if rest and first.lower() in ORG_NOMINALS:
                    name, at = rest, at + len(first) + 1  # "Airline Norvia": the name
                if not name or not name[0].isupper() or name in {"The", "A", "An"} \
                        or any(a <= at < b for a, b in self.quoted) or re.search(r"['’]s\b", name):
                    continue
                first = name.split()[0]
                if first.lower().rstrip(".") in HONORIFICS or first.lower() in TITLE_WORDS:
                    continue  # "Professor Holloway": a person, whatever the vocabulary says
                if all(w.rstrip(".,") in COUNTRIES or w == "and" for w in name.split()):
                    continue  # "sold in Britain and Ireland": places do not speak for a firm
                if first in NOT_NAMES or first in PRONOUN_WORDS or self._surely_person(name) \
                        or business and name.split()[-1] in _PUBLIC_BODIES \
                        or name.split()[-1] in _INSTRUMENTS:
                    continue
                known = name in self.others or any(t.startswith(name) for t in self.others) \
                    or self.target.startswith(name) and self._match(self.target) is None
                before = _WORD_BEFORE.search(self.text, max(0, at - 20), at)
                looks = any(w in ORG_WORDS for w in name.split()) or len(name.split()) > 1 \
                    or before is not None and (before.group(1) in ORG_NOMINALS
                                               or before.group(1).endswith("maker"))
                weak = at == lo and " " not in name  # "Gross margin fell": a sentence's first word
                # A body named in this or the last sentence beats one named further back, even
                # one that has spoken: "Halcyon welcomed the decision. In a statement, the
                # company said ..."
                near = distance <= 1 and (known or looks and not weak)
                score = (near, known, -distance if known else 0, looks and not weak, looks,
                         -distance)
                if best is None or score > best[0]:
                    best = (score, name)
        if best is None or not (best[0][1] or best[0][4]):
            # No likely name nearby: the organisation that last spoke, or the target itself.
            spoke = self._last_body(offset, business=business)
            if spoke:
                return spoke
            if self.target and self.text.find(self.target, 0, offset) >= 0 \
                    and self._match(self.target) is None:
                return self.target
        return self._longest_form(best[1]) if best else None

    def _surely_person(self, name: str) -> bool:
        """A name the article gives a person with a title, a gender or a quote of their own;
        a bare subject ("Halcyon Rare Earths welcomed the decision.") may still be a body."""
        key = name if name in self.people else next(
            (k for k, r in self.people.items() if name in r["aliases"]), None)
        if key is None or key == self.target and target_kind(self.target, self.text) \
                == "organisation":
            return False  # ("Fable Home lays off a fifth of its staff and says ...": a body)
        rec = self.people[key]
        return bool(rec["title"] or key in self.gender or key in self.speakers)

    def _longest_form(self, name: str) -> str:
        """`Kestrel` -> `Kestrel Systems` when the article also uses the longer name."""
        for key in self.others:
            if key.startswith(name + " ") or key == name:
                return key
        m = re.search(re.escape(name) + r"(?:\s+[A-Z][\w&.-]*)+", self.text)
        longer = m.group() if m else name
        return longer if any(w in ORG_WORDS for w in longer.split()) else name

    def _other(self, sp: Speaker, name: str) -> str:
        for key in self.others:
            if key.lower() == name.lower():
                return key
        same = self._abbreviated(name) or self._short_or_full(sp, name)
        if same is not None:  # "The CMA added" after "the Competition and Markets Authority"
            if name not in self.others[same]["aliases"]:
                self.others[same]["aliases"].append(name)
            return same
        if name in self.people:
            # One actor per name: a body the article also let speak as if a person
            # ("Halvard, which is based in Austin, ... said") moves over to the bodies.
            if sp.kind not in {"organisation", "country"}:
                return name
            self._to_bodies(name, sp.kind)
            return name
        own = name if sp.kind in {"country", "organisation"} else None
        kind = "person" if sp.kind == "nominal" else sp.kind
        self.others[name] = {"kind": kind, "title": sp.title,
                             "affiliation": sp.affiliation or own, "aliases": [name],
                             "first": sp.start}
        if kind == "person":
            # "A police spokeswoman said ... She described": an unnamed person can be "she".
            insort(self.mentions, (sp.start, name))
            words = set((sp.title or name).lower().split())
            if words & _FEMALE_TITLES:
                self.gender.setdefault(name, "f")
            elif words & _MALE_TITLES:
                self.gender.setdefault(name, "m")
        return name

    def _called(self, noun: str, offset: int) -> str | None:
        """The body the article last called by ``noun`` before ``offset``: "Ofqual, the exams
        regulator", "the regulator Ofwat", "the FTMI union" for "the regulator", "the union"."""
        if self._calls is None:
            self._calls = [(m.start(), (m.group("noun1") or m.group("noun2")
                                        or m.group("noun3")).lower(),
                            m.group("after") or m.group("before") or m.group("named"))
                           for m in _CALLED.finditer(self.text)]
        named = [known for at, n, body in self._calls if n == noun and at < offset
                 and ((known := self._known_as(body)) in self.others or known in self.people)]
        return named[-1] if named else None  # (an actor already: not "Wednesday, the union")

    def _short_or_full(self, sp: Speaker, name: str) -> str | None:
        """The body already among the actors that ``name`` is the short or full name of:
        "Kopano" and "Kopano Platinum", "CalMac" and "CalMac Ferries" (its first word), or the
        start of: "Cimarron Springs police" of "Cimarron Springs Police Department"."""
        if sp.kind not in {"organisation", "group"} or not name[:1].isupper():
            return None  # (a group too: "Cimarron Springs police")
        first, low = name.split()[0], name.lower().split()
        return next((key for key, rec in self.others.items() if rec["kind"] == "organisation"
                     and key[:1].isupper() and key != name
                     and (" " not in name and key.split()[0] == name
                          or " " not in key and first == key
                          # "Cimarron Springs police", "Cimarron Springs Police Department"
                          or len(low) > 1 and key.lower().split()[:len(low)] == low)), None)

    def _abbreviated(self, name: str) -> str | None:
        """The body already among the actors that ``name`` abbreviates or spells out: "FAA" and
        "Federal Aviation Administration", by their initials or by "Full Name (ACRONYM)" in
        the text."""
        short = name.replace(".", "")
        if not _ACRONYM.fullmatch(short) and not any(_ACRONYM.fullmatch(k.replace(".", ""))
                                                     for k in self.others):
            return None  # no acronym on either side
        if self._acronyms is None:
            self._acronyms = {m.group(2): m.group(1) for m in _SPELLED_OUT.finditer(self.text)}
        for key, rec in self.others.items():
            if rec["kind"] not in {"organisation", "group", "country"}:
                continue
            other = key.replace(".", "")
            if _ACRONYM.fullmatch(short) and (self._acronyms.get(short, "").endswith(key)
                                              or _initials(key) == short
                                              # "HC" of the "Karnataka High Court"
                                              or len(short) > 1 and _initials(key).endswith(short)
                                              and len(key.split()) > len(short)) \
                    or _ACRONYM.fullmatch(other) and (name.endswith(self._acronyms.get(other, "#"))
                                                      or _initials(name) == other):
                return key
        return None

    def _genders(self, frames: dict[int, list[Token]]) -> dict[str, str]:
        """"m" or "f" for people the article gives an honorific (Mr Hadley, Ms Donnelly) or a
        gendered title, whose given name is a woman's or a man's, or whom it calls "he" or
        "she" in a sentence naming no one else."""
        gender: dict[str, str] = {}
        aliases = {a: k for k, r in self.people.items() for a in r["aliases"]}
        for m in _HONORIFIC_NAME.finditer(self.text):
            honorific, name = m.group(1).rstrip(".").lower(), m.group(2)
            key = aliases.get(name) or aliases.get(name.split()[-1])
            if key:
                gender.setdefault(key, "m" if honorific in _MALE else "f")
        names = given_names()
        for key, rec in self.people.items():
            words = set((rec["title"] or "").lower().split())
            if words & _FEMALE_TITLES:
                gender.setdefault(key, "f")
            elif words & _MALE_TITLES:
                gender.setdefault(key, "m")
            elif " " in key and key.split()[0] in names:  # "Lorraine Dietz", "Bradley Kersh"
                gender.setdefault(key, names[key.split()[0]])
        for key, pronouns in self._sole_person_pronouns(frames).items():
            if len(pronouns) == 1:
                gender.setdefault(key, pronouns.pop())
        return gender

    def _sole_person_pronouns(self, frames: dict[int, list[Token]]) -> dict[str, set[str]]:
        """The gender of "he" or "she" opening the reported clause of the only person a sentence
        and the one before it name: `Judge Gregory Halvorsen told the committee that he had
        followed ...`. Quoted
        pronouns are left out (in `"She was a friend," Smith said` she is someone else), and so
        are sentences with pronouns of both genders (`Doyle said her husband ... he was`) or
        a gendered noun for someone else (`Tolland, whose husband ..., said he had waited`)."""
        found: dict[str, set[str]] = {}
        offsets = [off for off, _ in self.mentions]
        for tokens in frames.values():
            if _HE_SHE.isdisjoint([t.lower for t in tokens]):
                continue  # only a "he" or "she" tells a gender: most paragraphs have neither
            lo = 0
            for i in range(len(tokens) + 1):
                if i < len(tokens) and tokens[i].kind != "s":
                    continue
                if i > lo:
                    start, end = tokens[lo].start, tokens[i - 1].end
                    a, b = bisect_left(offsets, start), bisect_left(offsets, end)
                    named = {key for _, key in self.mentions[a:b]}
                    k = bisect_right(self.sentence_starts, start) - 1
                    before = self.sentence_starts[k - 1] if k > 0 else 0
                    # "Okafor was charged. Prosecutor Jane Roe said he had lied": he may be
                    # someone the sentence before named
                    named |= {key for _, key in self.mentions[bisect_left(offsets, before):a]}
                    opening = all(t.kind != "w" or t.text[:1].isupper() or role_word(t.lower)
                                  or t.lower in DETERMINERS for t in tokens[lo:i]
                                  if t.start < offsets[a]) if a < b else False
                    # the person must open the sentence, as its subject: in "Co-founder sues
                    # Julian Strand, saying she was erased" she is the co-founder
                    if len(named) == 1 and opening:
                        first, words = offsets[a], tokens[lo:i]
                        said = {_PRONOUN_GENDER[t.lower] for n, t in enumerate(words)
                                if t.start > first and t.lower in {"he", "she"} and n
                                and (words[n - 1].lower == "that" or _is_cue(words[n - 1]))}
                        told = {_PRONOUN_GENDER.get(t.lower) for t in words} - {None}
                        others = any(t.lower in _FEMALE_TITLES or t.lower in _MALE_TITLES
                                     for t in words)
                        if len(said) == 1 and told == said and not others:
                            found.setdefault(named.pop(), set()).update(said)
                lo = i + 1
        return found

    def _antecedent(self, sp: Speaker, untitled: bool = False) -> str | None:
        """The person a pronoun stands for.

        The latest sentence before the pronoun (or its own, up to the pronoun) that names a
        person of a compatible gender gives the antecedent; within it the first such person, who
        is most often its subject: "Sir Alan Pryce pressed Ms Donnelly. '...?' he asked."
        """
        low = sp.name.lower()
        if low in {"he", "she", "i", "they-person"}:
            wanted = {"he": "m", "she": "f"}.get(low)
            fits = [(off, k) for off, k in self.mentions
                    if (wanted is None or self.gender.get(k, wanted) == wanted)
                    and not (untitled and self._record(k)["title"])]
            opening = self._opening_adverbial(sp.start)
            # "Hartigan, who he said had been ...": not Hartigan
            relative = _WHO_BEFORE.search(self.text, max(0, sp.start - 60), sp.start)
            before = [(off, k) for off, k in fits if off < sp.start
                      and not opening[0] <= off < opening[1]
                      and not (relative and relative.group(1) in k.split())]
            found = None
            described = self._subject_since(sp.start, {"nominal"})
            if low in {"he", "she"} and described is not None \
                    and (not before or before[-1][0] < described.start) \
                    and not set((described.title or "").lower().split()) & (
                        _MALE_TITLES if wanted == "f" else _FEMALE_TITLES):
                # "The chief executive of another hospital group was more cautious. ..., he
                # said": an unnamed person who opens this sentence or the last
                return self._resolve(described)
            if before:
                sentence = bisect_right(self.sentence_starts, before[-1][0])
                there = [(off, k) for off, k in before
                         if bisect_right(self.sentence_starts, off) == sentence]
                # "Osei’s lawyer, Leah Morgenstern, said": the owner is not the subject
                owners = {k for off, k in there if self.text.startswith(_POSSESSIVE,
                                                                       off + len(k.split()[-1]))
                          or self.text.startswith(_POSSESSIVE, off + len(k))}
                found = next((k for off, k in there if k not in owners), there[0][1])
            else:
                found = next((k for off, k in fits if off > sp.end), None)
            if found and wanted:
                self.gender.setdefault(found, wanted)  # "she said" tells us who is a she
            return found
        # "they said", "it said": the last group or organisation that spoke before, or a group
        # that is the subject of this sentence or the one before, if named later.
        kinds = {"group", "organisation"} if low in {"they", "we"} else {"organisation", "country"}
        spoke = [(off, key) for off, key, kind in self.recent if off < sp.start and kind in kinds]
        if low in {"they", "we", "it"}:
            subject = self._subject_since(sp.start, {"group"} if low in {"they", "we"}
                                          else {"organisation", "country"})
            if subject is not None and (not spoke or spoke[-1][0] < subject.start):
                return self._resolve(subject)
        if spoke:
            return spoke[-1][1]
        before = [(r["first"], k) for k, r in self.others.items() if r["first"] < sp.start
                  and r["kind"] in ({"group", "organisation"} if low in {"they", "we"}
                                    else {"organisation", "country"})]
        if before:
            return max(before)[1]
        if low == "it" and self.target and self._match(self.target) is None \
                and self.text.find(self.target, 0, sp.start) >= 0:
            # "Wrenfield is to close 24 stores ... and it said": nothing else named has
            # spoken; the article's own subject, the target, has been named
            return self._remember(sp, self.target, "organisation")
        return None

    def _subject_since(self, offset: int, kinds: set[str]) -> Speaker | None:
        """The last group, body or unnamed person (by ``kinds``) that opens the sentence at
        ``offset`` or the one before, before ``offset``: "Council members disagreed. '...,'
        they said", "Egypt's foreign ministry responded. It said ...". A pronoun can mean
        them without their having spoken before."""
        k = bisect_right(self.sentence_starts, offset) - 1
        since = self.sentence_starts[k - 1] if k > 0 else 0
        subjects = []
        for pid, tokens in self.frames.items():  # read only the paragraphs a pronoun asks of
            if tokens and tokens[0].start < offset and tokens[-1].end > since:
                if pid not in self._subject_bodies:
                    self._subject_bodies[pid] = _subject_bodies(tokens)
                subjects += self._subject_bodies[pid]
        return max((g for g in subjects if since <= g.start < offset and g.kind in kinds),
                   key=lambda g: g.start, default=None)

    def _opening_adverbial(self, offset: int) -> tuple[int, int]:
        """The span of the phrase that opens the sentence at ``offset`` before its subject:
        "Under questioning from Pike, she said", "Asked whether the striker would play, he
        said": a person named there is not who the subject pronoun means. Empty if none."""
        k = bisect_right(self.sentence_starts, offset) - 1
        lo = self.sentence_starts[k] if k >= 0 else 0
        m = _OPENING_ADVERBIAL.match(self.text, lo, offset)
        return (lo, m.end()) if m else (0, 0)

    def merge_descriptions(self, quotes: list[_Quote]) -> None:
        """Fold a body the article only describes ("the land council", "Union vows ...") into
        the named body it means: one the same words mean elsewhere in the article (the
        headline's "Wildlife charity" is the lede's "a wildlife charity", the Upland Rivers
        Trust), or the one named body whose name holds the description's words ("Central Land
        Council", "Kenya Tea Estates Workers' Union")."""
        named = [k for k, r in self.others.items() if r["kind"] == "organisation"
                 and not _description(k, self.text)]
        meant: dict[str, set[str]] = {}
        for q in quotes:
            if q.speaker is not None and q.actor is not None:
                phrase = _bare(self.text[q.speaker.start:q.speaker.end])
                meant.setdefault(phrase, set()).add(q.actor)
        moved = {}
        for key, rec in [*self.others.items(), *self.people.items()]:
            head = _head(key)  # "people close to the company": people
            if head in _STUDIES and " " not in key:  # "..., study finds": the researchers the article quotes
                authors = [k for k, r in self.others.items() if r["kind"] == "group"
                           and k.split()[0].lower() in _AUTHORS]
                if len(authors) == 1:
                    moved[key] = authors[0]
                continue
            if not _description(key, self.text):
                continue
            if rec["kind"] == "person":  # "Ombudsman condemns ...": "Energy Ombudsman"
                same = [b for b in named if head in b.lower().split()]
                if len(same) == 1 and _bare(key) == head:
                    moved[key] = same[0]
                continue
            same = [b for b in meant.get(_bare(key), ()) if b in named]
            if len(same) != 1:
                same = [b for b in named if _holds(b, _bare(key))]
            if not same and rec["first"] < self.headline_end:
                # "City watchdog fines ...": the one named body its noun fits
                same = [b for b in named if _holds(b, head)]
            if not same and len(named) == 1 and head in _BUSINESSES \
                    and named[0].split()[-1] not in _PUBLIC_BODIES \
                    and 0 <= self.text.find(named[0]) < rec["first"]:
                same = named  # "the San Jose, California, company said": the one named body
            if len(same) == 1:
                moved[key] = same[0]
        for key, rec in self.others.items():
            if key in moved:
                continue
            if rec["kind"] in {"person", "group"} and _description(key, self.text) \
                    and len(key.split()) == 1 and key.lower() not in {"another", "one"}:
                # "a source familiar with the matter said ... the source added", "Thaba Sizwe
                # residents ... Residents said": the one fuller description of its kind
                longer = [k for k, r in self.others.items() if k != key and k not in moved
                          and r["kind"] == rec["kind"]
                          and _head(k) == key.lower() and not k.lower().startswith(
                              ("one ", "another "))
                          # (but "diplomats" are not all "Russian diplomats")
                          and not any(w in DEMONYMS for w in k.split())]
                if len(longer) == 1:
                    moved[key] = longer[0]
            country = next((c for c in self.others if self.others[c]["kind"] == "country"
                            and key in country_names(c)), None)
            if country is not None and country != key:
                moved[key] = country  # "Nairobi said" where Kenya speaks too
        for key in [*self.others, *self.people]:
            if f"{key} government" in self.others and " " not in key and key not in moved:
                moved[key] = f"{key} government"  # "Sindh" and "the Sindh government"
        for key, rec in self.others.items():
            words = key.lower().split()
            if key in moved or len(words) < 2 or rec["kind"] not in {"organisation", "group"}:
                continue
            fuller = [k for k, r in self.others.items() if k != key and k not in moved
                      and r["kind"] in {"organisation", "group"}
                      and k.lower().split()[:len(words)] == words and k[:1].isupper()
                      and set(k.split()[len(words):]) <= _NAME_ENDINGS]
            if len(fuller) == 1:  # "Cimarron Springs police", "Cimarron Springs Police
                moved[key] = fuller[0]  # Department", whichever spoke first
        for key in list(self.others):
            if key not in moved and _ACRONYM.fullmatch(key.replace(".", "")):
                # "HC raps BBMP ..." in a headline, before "the Karnataka High Court" spoke
                full = self._abbreviated(key)
                if full is not None and full != key and full not in moved:
                    moved[key] = full
        for q in quotes:
            q.actor = moved.get(q.actor, q.actor)
        for key, body in moved.items():
            aliases = self.others[body]["aliases"]
            gone = self.others.pop(key, None) or self.people.pop(key)
            aliases.extend(a for a in gone["aliases"] if a not in aliases)

    def rows(self, quotes: list[_Quote]) -> list[tuple]:
        """The actors table's rows, all columns but the last two (stance, n_target_quotes)."""
        words: dict[str, int] = {}
        counts: dict[str, int] = {}
        for q in quotes:
            if q.actor is not None and q.kind != "scare":
                counts[q.actor] = counts.get(q.actor, 0) + 1
                words[q.actor] = words.get(q.actor, 0) + len(self.text[q.start:q.end].split())
        total = sum(words.values()) or 1
        mention_counts: dict[str, int] = {}
        for _, k in self.mentions:
            mention_counts[k] = mention_counts.get(k, 0) + 1
        rows = []
        for key, rec in [*self.people.items(), *self.others.items()]:
            if key not in counts:
                continue
            n_mentions = mention_counts.get(key) or self.text.count(key)
            rows.append((key, rec["kind"], rec["title"], rec["affiliation"],
                         "; ".join(rec["aliases"]), counts[key], words[key],
                         words[key] / total, n_mentions))
        rows.sort(key=lambda r: (-r[6], r[0]))
        return rows


_MALE = {"mr", "sir", "lord"}
_GIVEN_AFTER = re.compile(r"[A-Z][a-z]+-[a-z]+")
_NAMED_OWNER = re.compile(r"(?:[A-Z][\w&.-]*\s+)*[A-Z][\w&.-]*['’]s?\s+[a-z]")
# The commonest Chinese, Korean and Vietnamese family names, written before the given name.
_FAMILY_NAMES_FIRST = frozenset("""
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang
Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei
Su Lu Ding Ren Shen Yao Jin Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Shin Oh Seo Kwon Hwang
Ahn Song Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly
""".split())
# Words that end a body's full name without making it another body: "Cimarron Springs police" is
# the "Cimarron Springs Police Department" ("Westbury City" is no "Supporters' Trust").
_NAME_ENDINGS = {"Department", "Service", "Force", "Inc", "Inc.", "Ltd", "Corp", "Corp.", "plc",
                 "Group", "Company", "Co", "Co.", "LLC", "AG", "SA"}
_WHO_BEFORE = re.compile(r"([A-Z][\w'’-]+),\s+whom?\s+$")


def _bare(phrase: str) -> str:
    """A speaker phrase without its article, lower case: "The land council" -> "land council"."""
    return re.sub(r"^(?:the|a|an)\s+", "", " ".join(phrase.lower().split()))


def _description(name: str, text: str) -> bool:
    """Whether an actor's name is a description, not a name: "Land council", "Union",
    "wildlife charity" (the article writes it in lower case somewhere), not "Ofgem", "IFS"."""
    words = name.split()
    first, head = words[0].lower(), words[-1].lower()
    return all(w.islower() for w in words[1:]) and (
        words[0].islower() or words[0][1:].islower() and (
            f" {first}" in text or head in _BODY_NAMES or head in ORG_NOMINALS))


def _modified(role: str) -> bool:
    """Whether a description says which body it means by a word before its noun: "the
    statistics bureau", "the interior ministry", not "the ministry", "the country's ministry"."""
    words = role.split()
    return len(words) > 1 and all(w.isalpha() and w.islower() for w in words[:-1]) \
        and words[0] not in {"the", "a", "an", "its", "their", "this", "that"}


def _head(description: str) -> str:
    """A description's noun: "source" of "Source familiar with the matter", "residents" of
    "Thaba Sizwe residents"."""
    return re.split(r"\s+(?:for|of|at|from|with|in|to|on|close|familiar|who)\b",
                    _bare(description))[0].split()[-1]


def _holds(body: str, description: str) -> bool:
    """Whether a body's name holds a description's words: "land council" and "Central Land
    Council", "union" and "Kenya Tea Estates Workers' Union", "agency" and "Federal Aviation
    Administration"."""
    name = {w.lower() for w in body.split()}
    *words, head = description.split()
    return set(words) <= name and (head in name or any(
        w.lower() in name for w in _BODY_NAMES.get(head, ())))
_HE_SHE = frozenset({"he", "she"})
# Family words that introduce a name set off by commas: "Mr Whitby's widow, Maureen Whitby,".
# Family and other personal ties: "his widow, Maureen Whitby,", "Her neighbour, Iain MacLeod,",
# "Her predecessor, Jory Pascoe,".
_KIN = {"wife", "husband", "widow", "widower", "son", "daughter", "mother", "father", "brother",
        "sister", "partner", "fiancée", "fiancee", "fiancé", "grandson", "granddaughter",
        "neighbour", "neighbor", "friend", "colleague", "flatmate", "roommate", "girlfriend",
        "boyfriend", "predecessor", "successor"}
# Offices one person holds, whom "the prime minister told MPs" means when no one has the title.
# "wrote that she had apologised and would "come back better"": a second verb of the report
_NOUN_CUES = {"call", "calls", "claim", "claims", "reply", "replies", "posts", "tweet", "tweets"}
_SURNAME_OF = r"\b[A-Z][a-z]+\s+{}\b"  # "Isla Fenwick": the headline's "Fenwick" is a person
_MODALS = {"would", "will", "could", "should", "might", "can", "may", "must"}
_ORDINALS = {"second", "third", "fourth", "fifth", "sixth"}
_OFFICES = {"minister", "president", "chancellor", "mayor", "governor", "premier", "secretary",
            "taoiseach", "senator", "commissioner", "ambassador", "envoy", "chairman", "chairwoman"}
_POSSESSIVE = ("'s", "’s", "s'", "s’")  # "the regulator's", "exporters'"
_FIRST_NAME_BEFORE = re.compile(r"\b([A-Z][\w'’.-]+)\s+$")
# "i(?<!\wi)n" is "\bin" with the "i" first, so that the search looks only at each "i".
_IN_DOCUMENT = re.compile(
    r"[Ii](?<!\w[Ii])n\s+(?:a|an|his|her|its|their)\s+(?:\w+\s+){0,2}(statement|release|memo|"
    r"letter)\b")
_LEGAL_SUFFIXES = {"Inc", "Ltd", "Corp", "Co", "plc", "PLC", "LLC", "AG", "SA", "NV"}
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}
# Nouns by which an article refers back to a body it has named, and the words of names
# they stand for: "the ministry" -> "Ministry of Health", "the agency" -> "... Administration".
# Participles that open an aside about a body: "..., based in Soubre, said".
_ASIDE_PARTICIPLES = {"based", "founded", "headquartered", "led", "known", "owned", "run",
                      "formed", "created", "backed", "obtained", "seen", "issued", "published",
                      "released", "filed", "sent", "dated", "leaked", "signed", "reviewed",
                      "drafted", "circulated", "prepared", "commissioned"}
# A capitalised name, with the small words names hold: "Ministry of Economy, Trade and Industry".
_NAME = (r"[A-Z][\w&'’-]*(?:[ \t]+(?:(?:of|for|and)[ \t]+(?:the[ \t]+)?)?[A-Z][\w&'’-]*)*"
         r"(?:(?:,[ \t]+[A-Z][\w&'’-]*)+,?[ \t]+and[ \t]+[A-Z][\w&'’-]*)?")
_DOC = "|".join(sorted({"statement", "release", "filing", "report", "letter", "notice"}))
_SUITS = {"complaint", "lawsuit", "suit", "petition"}
_DOCUMENT_HEADS = {"statement", "release", "filing", "report", "letter", "notice", "memo",
                   "order", "decree", "ruling", "judgment", "judgement", "directive",
                   "circular"} | _SUITS
_SUED = re.compile(r"\b(?:sued|sues|filed\s+(?:a|the)\s+(?:\w+\s+)?(?:lawsuit|complaint|suit|"
                   r"petition))\b")
# The author of a document that speaks: "a draft memo from the office", "The order, issued by
# the interior ministry on Monday and seen by AFP, says"
_FROM_AUTHOR = re.compile(r"\b(?:from|by)\s+(?:the\s+)?(?P<author>[\w'’&.-]+(?:\s+[\w'’&.-]+)*)")
# "the university's press release", "Kelvo's statement"
_AUTHOR_OWNS = re.compile(r"(?:[Tt]he\s+)?(?P<author>[\w&.-]+(?:\s+[\w&.-]+){0,4}?)['’]s\s+")
_ISSUED_BY = re.compile(
    r",\s+(?:(?:issued|released|published|sent|written|drafted|signed|filed|prepared|put\s+out)"
    r"\s+by|which)\s+(?:the\s+)?(?P<author>(?:(?!on\b|in\b|last\b|and\b|at\b|posted\b|sent\b|"
    r"issued\b|published\b|released\b)[\w'’&.-]+\s*){1,6}?)"
    r"(?=\s*,|\s+(?:on|in|last|and|at|posted|sent|issued|published|released)\b)")
_DOCUMENT_OWNER = re.compile(
    r"\b(?P<doc1>" + _DOC + r")s?(?:[ \t]+(?:issued|released|published|put[ \t]+out|sent))?"
    r"[ \t]+(?:by|from)[ \t]+(?:the[ \t]+)?(?P<by>" + _NAME + r")"
    r"|(?P<of>" + _NAME + r")['’]s?[ \t]+(?:\w+[ \t]+)?(?P<doc2>" + _DOC + r")")
_WHICH = re.compile(r",\s+which\b")
_ITS_AFTER = re.compile(r"\s+(?:on\s+[A-Z][a-z]+day\s+)?(?:[a-z]+\s+){1,2}its\b")  # "Halvard, which is based in Austin, ...": a thing
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|He|She|His|Her|Him)\b")
_AGENCY_WORDS = {"Agency", "Administration", "Authority", "Service", "Bureau", "Office",
                 "Commission", "Inspectorate", "Directorate", "Programme", "Program", "Fund",
                 "Organization", "Organisation"}
_BODY_NAMES = {
    "ministry": {"Ministry"}, "council": {"Council"}, "commission": {"Commission"},
    "department": {"Department"}, "union": {"Union", "Association", "Federation", "Congress"}, "court": {"Court"}, "police": {"Police"},
    "force": {"Police", "Force"}, "trust": {"Trust"}, "board": {"Board"},
    "committee": {"Committee"}, "party": {"Party"}, "authority": {"Authority"},
    "bank": {"Bank"}, "university": {"University"},
    "hospital": {"Hospital", "Infirmary", "Clinic"},
    "embassy": {"Embassy"}, "office": {"Office"}, "institute": {"Institute"}, "bureau": {"Bureau"},
    "agency": _AGENCY_WORDS, "regulator": _AGENCY_WORDS | {"Regulator"}, "bench": {"Court"},
    "watchdog": _AGENCY_WORDS | {"Regulator", "Watchdog"}, "federation": {"Federation"},
    "association": {"Association"}, "foundation": {"Foundation"}, "coalition": {"Coalition"},
}
# Scans of the whole text: the capital goes first and the word boundary is checked behind it
# ("(?<!\w[A-Z])" is "\b" before a capital), so that the scan looks only at capitals.
_BODY_RUN = re.compile(r"[A-Z](?<!\w[A-Z])" + _NAME.removeprefix("[A-Z]"))
_A_BEFORE = re.compile(r"\b[Aa]n?\s+$")
_OWNER = re.compile(r"^(?:The\s+|[A-Z][\w-]*['’]s\s+)+")
_WORD_BEFORE = re.compile(r"([a-z-]+)\s+$")
_BEFORE_ROLE = re.compile(r"([A-Z](?<!\w[A-Z])[\w-]*)(?:['’]s)?\s+([a-z]+)\b(?!\s+[A-Z])")
# Roles only a body has: "Kelvo's chief executive", "Vantro shareholders". A person has an
# attorney, a spokeswoman or a son too ("Tillman's attorney").
_ORG_ROLES = {"chief", "executive", "ceo", "cfo", "coo", "cto", "chairman", "chairwoman",
              "founder", "president", "board", "shareholders", "investors", "employees",
              "workers", "staff", "engineers", "customers", "subscribers", "users", "support",
              "executives", "directors", "shares"}
# Title words that say the holder is not the office's holder: "shadow chancellor".
_OTHER_HOLDER = {"shadow", "former", "deputy", "vice", "assistant", "acting", "ex", "interim"}
_FEMALE_TITLES = {"councilwoman", "congresswoman", "chairwoman", "spokeswoman", "assemblywoman",
                  "alderwoman", "businesswoman", "queen", "princess", "duchess", "mrs", "ms",
                  "dame", "lady", "mother", "wife", "daughter", "sister", "actress", "woman",
                  "girl", "grandmother", "widow", "niece", "aunt", "policewoman"}
_MALE_TITLES = {"councilman", "congressman", "chairman", "spokesman", "assemblyman", "alderman",
                "businessman", "king", "prince", "duke", "mr", "sir", "lord", "father",
                "husband", "son", "brother", "man", "boy", "grandfather", "widower", "nephew",
                "uncle", "policeman"}
_CAP_RUN = re.compile(r"[A-Z](?<!\w[A-Z])[\w&'’.-]*(?:\s+(?:of|and|for|de|the)?\s*[A-Z][\w&'’.-]*)*")
PRONOUN_WORDS = {"He", "She", "It", "They", "We", "I"}
# A scan of the whole text: it looks only at the honorifics' first letters ("(?<!\w)" is the
# word boundary before them).
_HONORIFIC_NAME = re.compile(r"(?=[MSDL])(?<!\w)(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s+"
                             r"((?:[A-Z][\w'’-]+\s+){0,2}"
                             r"[A-Z][\w'’-]+)")




_OPENING_ADVERBIAL = re.compile(
    r"\s*(?:In|Under|Asked|After|Before|During|Speaking|Despite|Unlike|Like|Turning|Pressed|"
    r"Questioned|Responding|Replying|Writing|Addressing|Answering|When|As|On|At|With|For|To)"
    r"\b[^,.;:\"“”‘’]{1,120},")
# Laws and agreements, which no description of a speaker means: "the Inflation Reduction Act".
_INSTRUMENTS = {"Act", "Bill", "Treaty", "Agreement", "Accord", "Accords", "Law", "Directive",
                "Regulation", "Regulations", "Protocol", "Convention", "Amendment", "Charter"}
# "Ofqual, the exams regulator", "the regulator Ofwat", "the FTMI union": a body and the noun
# the article calls it by
_CALLED_NOUNS = "regulator|watchdog|union|agency|charity|thinktank|think tank"
_CALLED_NAME = r"[A-Z][\w&'’-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w&'’-]*)*"
_CALLED = re.compile(
    rf"(?P<after>{_CALLED_NAME}),\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?P<noun1>{_CALLED_NOUNS})\b"
    rf"|[Tt](?<!\w[Tt])he\s+(?P<noun2>{_CALLED_NOUNS})\s+(?P<before>{_CALLED_NAME})"
    rf"|[Tt](?<!\w[Tt])he\s+(?P<named>[A-Z][A-Z&]+)\s+(?P<noun3>{_CALLED_NOUNS})\b")
# Nouns for a business, and last words of the names of public bodies, which a business noun
# never means.
_BUSINESSES = frozenset("""
company firm chipmaker automaker carmaker airline carrier lender insurer retailer operator
provider developer publisher broadcaster manufacturer maker producer supplier startup utility
conglomerate multinational supermarket grocer chain brewer miner exporter importer distributor
processor packer refiner shipper giant brand
""".split())
_PUBLIC_BODIES = {"Board", "Court", "Commission", "Agency", "Administration", "Authority",
                  "Ministry", "Department", "Council", "Service", "Office", "Bureau",
                  "Committee", "Tribunal", "Inspectorate", "Regulator", "Parliament", "Senate",
                  "Assembly", "Police", "Government", "Union", "Federation", "Association"}
# "a" or "an" and up to three words before a role, read backwards from the role on the
# reversed text: "a Hallam Water spokesperson" (_a_role).
_A_WORDS_BACKWARDS = re.compile(r"(?:\s+[\w'’-]+){0,3}\s+n?[Aa](?!\w)")


def _a_role(text: str, role: str) -> bool:
    r"""Whether ``re.search(r"\b[Aa]n?\s+(?:[\w'’-]+\s+){0,3}" + role + r"\b", text)`` finds
    anything, for a role of letters: the article has an unnamed holder of the role. The role's
    pattern is not compiled (each article has its roles) and the text is read only where the
    role occurs."""
    size = len(text)
    reverse = None
    at = text.find(role)
    while at >= 0:
        end = at + len(role)
        if end == size or not (text[end].isalnum() or text[end] == "_"):
            if reverse is None:
                reverse = text[::-1]
            if _A_WORDS_BACKWARDS.match(reverse, size - at):
                return True
        at = text.find(role, at + 1)
    return False


# "the judge", "The prosecutor": a word after "the", not "the judge's". _role_mentions keeps
# those that are roles, rather than compile a pattern of each article's roles (about 0.5 ms
# each); the match ends after "the", so that "the the judge" still finds "the judge".
_THE_WORD = re.compile(r"[Tt](?<!\w[Tt])he\s+(?=(\w+)\b(?!['’]))")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")
_SPELLED_OUT = re.compile(r"\b([A-Z][\w'’-]*(?:\s+(?:of|and|for|the|on|&)?\s*[A-Z][\w'’-]*)+)"
                          r"\s+\(([A-Z][A-Z&]{1,6})\)")
_NOT_INITIALS = {"of", "and", "for", "the", "on", "&", "in"}


def _initials(name: str) -> str:
    """`Competition and Markets Authority` -> `CMA`."""
    return "".join(w[0] for w in name.split() if w.lower() not in _NOT_INITIALS)


# A name's words are looked for where the name occurs: a pattern with the name in it would be
# compiled for each name, and tried at every word of the text, a tenth of a millisecond each.
_BOUNDARY = re.compile(r"\b")
_CAPITALISED_WORD = re.compile(r"[A-Z][\w'’-]+[ \t]+")  # with the blanks after it
_SURNAME_END = re.compile(r"\b(?!['’]?\w)")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _capitalised_before(text: str, surname: str) -> list[tuple[int, str, int]]:
    r"""(start, words, end) of each match, as ``re.finditer`` gives them, of
    ``\b((?:[A-Z][\w'’-]+[ \t]+){1,2})`` + the surname + ``\b(?!['’]?\w)``: one or two
    capitalised words before the surname ("Liam Burke", "substitute Liam Burke")."""
    if not surname:  # every position is an occurrence: the pattern itself is as quick
        return [(m.start(1), m.group(1), m.end()) for m in re.finditer(
            r"\b((?:[A-Z][\w'’-]+[ \t]+){1,2})\b(?!['’]?\w)", text)]
    starts = set()  # where a match may start: in the one or two words before an occurrence
    at = text.find(surname)
    while at >= 0:
        end = at
        for _ in range(2):
            blank = end
            while blank > 0 and text[blank - 1] in " \t":
                blank -= 1
            if blank == end:
                break
            end = blank
            while end > 0 and (text[end - 1].isalnum() or text[end - 1] in "_'’-"):
                end -= 1
            starts.update(range(end, blank - 1))
        at = text.find(surname, at + 1)
    found = []
    last = 0
    for start in sorted(starts):
        if start < last or not _BOUNDARY.match(text, start):
            continue
        first = _CAPITALISED_WORD.match(text, start)
        if first is None:
            continue
        second = _CAPITALISED_WORD.match(text, first.end())
        for at in ((second.end(),) if second else ()) + (first.end(),):  # two words first
            if text.startswith(surname, at) and _SURNAME_END.match(text, at + len(surname)):
                last = at + len(surname)
                found.append((start, text[start:at], last))
                break
    return found


def _word_before(text: str, name: str) -> list[str]:
    r"""Group 1 of each match, as ``re.finditer`` gives them, of ``\b([A-Za-z]+)\.?\s+`` +
    the name + ``\b``: the word before the name ("Mr Whitby", "regulator Ofwat")."""
    if not name:
        return [m.group(1) for m in re.finditer(r"\b([A-Za-z]+)\.?\s+\b", text)]
    found = []
    last = 0
    at = text.find(name)
    while at >= 0:
        blank = at
        while blank > 0 and text[blank - 1].isspace():
            blank -= 1
        end = blank - 1 if blank > 0 and text[blank - 1] == "." else blank
        start = end
        while start > 0 and text[start - 1] in _ASCII_LETTERS:
            start -= 1
        if blank < at and last <= start < end and _BOUNDARY.match(text, start) \
                and _BOUNDARY.match(text, at + len(name)):
            found.append(text[start:end])
            last = at + len(name)
        at = text.find(name, at + 1)
    return found


def _last_word(run: str) -> str:
    # _OWNER strips only words before the last one: a run's last word is its body's
    return run.rsplit(None, 1)[-1]


def _first_name_like(word: str) -> bool:
    low = word.lower().rstrip(".")
    return not (word in NOT_NAMES or low in HONORIFICS or low in TITLE_WORDS or role_word(low)
                or low in DETERMINERS or word in COUNTRIES or word in DEMONYMS
                or word in ORG_WORDS or word.endswith(_POSSESSIVE) or word.isupper())


def _similar(a: str, b: str) -> bool:
    """First names that are spellings of one name: Vitali / Vitaly, Mohammed / Muhammad."""
    if a == b:
        return True
    if len(a) < 3 or len(b) < 3:
        return a[0] == b[0] and (len(a) <= 2 or len(b) <= 2)  # initials: "V. Churkin"
    return a[:3].lower() == b[:3].lower() and abs(len(a) - len(b)) <= 2


def _subject_names(tokens: list[Token]) -> list[Speaker]:
    """People named as the subject that opens a sentence: `Simone Adeyemi of Bernstein was ...`.

    Two to four name words, none a title, place or organisation word, followed by a lower-case
    word, a comma or "of": the shape of a person's name in subject position. Also a name
    after a comma that "who" or "whose" describes.
    """
    found = []
    starts = [0] + [n + 1 for n, t in enumerate(tokens) if t.kind == "s"]
    for j in [n for n, t in enumerate(tokens) if t.text == "," and 0 < n < len(tokens) - 2]:
        # "In Hebden Bridge, Jo Pickering, whose cafe ...,", "attacked Marcus Webb, 24,": a
        # name that "who" describes or that has an age; "Megan Hartley, a 34-year-old nurse
        # from Denver,": a name that a person's role describes
        if not (tokens[j + 1].lower in {"who", "whose"} or (
                tokens[j + 1].text.isdigit() and tokens[j + 2].text == ",")
                or tokens[j + 1].lower in {"a", "an"} and _personal_apposition(tokens, j)):
            continue
        span = phrase_before(tokens, j)
        named = read_speaker(tokens, *span) if span else None
        if named is not None and named.kind == "person" and 2 <= len(named.name.split()) <= 3 \
                and not any(w in NOT_NAMES for w in named.name.split()):
            found.append(named)
    for i in starts:
        j = i
        while j < len(tokens) and tokens[j].kind == "w" and (
                is_cap(tokens[j].text) or tokens[j].lower in PARTICLES):
            j += 1
        if j >= len(tokens) or any(t.text in NOT_NAMES or t.lower in PREPOSITIONS
                                   for t in tokens[i:j]):
            continue
        if j - i == 1 and j + 2 < len(tokens) and tokens[j].text == "," \
                and tokens[j + 1].text.isdigit() and tokens[j + 2].text == ",":
            # "Maya, 27, a nurse": a first name with an age is a person.
            found.append(Speaker(tokens[i].text, tokens[i].start, tokens[i].end, "person"))
            continue
        if not 2 <= j - i <= 4:
            continue
        nxt = tokens[j]
        if nxt.text == "," and j + 1 < len(tokens) and tokens[j + 1].lower == "which" \
                or tokens[i].lower in ORG_NOMINALS or tokens[i].lower in ORG_NOUNS:
            # "Helion Orbital, which has ...", "Airline Norvia cancelled ...": a body
            continue
        after = j
        while after < len(tokens) and after - j < 3 and (role_word(tokens[after].lower)
                                                          or group_word(tokens[after].lower)):
            after += 1
        if after > j and after < len(tokens) and is_cap(tokens[after].text):
            continue  # "Denton Vale manager Paul Ferris", "Liberal Democrat group leader Cllr"
        if not (nxt.text == "," or nxt.kind == "w" and not is_cap(nxt.text)):
            continue
        while i < j and (tokens[i].lower.rstrip(".") in HONORIFICS
                         or tokens[i].text in OPENING_CONJUNCTIONS):
            i += 1
        # "Texas Gov. Greg Abbott", "Grazier Col Mahony", "Fisherman Tom Reed": the name
        # starts after a title or an occupation (no given name) inside the run
        i = max([n + 1 for n in range(i, j - 2) if tokens[n].lower.rstrip(".") in HONORIFICS
                 or tokens[n].lower in TITLE_WORDS or n == i and occupation(tokens[n])],
                default=i)
        if person_like(list(tokens[i:j])) and tokens[i].lower not in DETERMINERS:
            found.append(Speaker(_join_tokens(tokens[i:j]), tokens[i].start, tokens[j - 1].end,
                                 "person"))
    return found


def _office(name: str) -> bool:
    """Whether a capitalised "name" is an office: "Transport Secretary", "Education Minister",
    "Prime Minister"."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in TITLE_WORDS \
        and all(w in PORTFOLIOS or w.lower() in TITLE_WORDS for w in words[:-1])


def _body_title(title: str | None) -> bool:
    """Whether a "title" describes a body: "a family-owned company based in Sioux City"
    (not "chief executive of the company", "company spokesman")."""
    words = re.split(r"\s+(?:of|at|for|in|based|from|with|that|which)\b", title or "")[0].split()
    return bool(words) and words[-1].lower() in ORG_NOMINALS


def _personal_apposition(tokens: list[Token], comma: int) -> bool:
    """Whether the apposition after ``comma`` names a person's role: `, a 34-year-old nurse
    from Denver,` (not `, a Lima-based company,`)."""
    words = (apposition_after(tokens, comma) or "").split()
    head = next((w for w in reversed(words[:next((n for n, w in enumerate(words)
                                                  if w.lower() in PREPOSITIONS), len(words))])),
                "").lower()
    return role_word(head) and head not in ORG_NOMINALS and head not in ORG_NOUNS


def _subject_bodies(tokens: list[Token]) -> list[Speaker]:
    """Groups, bodies and unnamed people as the subject that opens a sentence: `Council members
    disagreed.`, `Researchers at the University of Leeds found ...`, `Egypt's foreign ministry
    responded`, `The chief executive of another group was more cautious.`: the phrase up to
    its verb."""
    found = []
    for i in [0] + [n + 1 for n, t in enumerate(tokens) if t.kind == "s"]:
        i = _after_dateline(tokens, i, len(tokens))  # "NEW YORK, March 4 (Reuters) - ..."
        while i < len(tokens) and tokens[i].text in OPENING_CONJUNCTIONS:
            i += 1
        if i < len(tokens) and tokens[i].lower in PREPOSITIONS | _OPENERS:
            # "Outside the courthouse, about a dozen members of a cycling club wore ...": the
            # subject comes after the opening phrase
            comma = next((n for n in range(i + 1, min(len(tokens), i + 12))
                          if tokens[n].text == "," or tokens[n].kind in "sq"), None)
            if comma is None or tokens[comma].text != ",":
                continue
            i = comma + 1
        while i < len(tokens) and tokens[i].lower in ROUGHLY:
            i += 1  # "about a dozen members of a cycling club"
        j = i
        while j < len(tokens) and (np_word(tokens[j]) and tokens[j].lower not in PRONOUNS
                                   or j > i and _modifies_noun(tokens, j)):
            j += 1  # (and "One veteran teacher": a modifier the vocabulary lacks, then a role)
        if j == i or j >= len(tokens) or not (tokens[j].kind == "w" and not is_cap(tokens[j].text)
                                              or tokens[j].text == ","):
            continue  # (a comma: "Thames Water, the largest company, was ...")
        end = j
        if any(t.lower in PREPOSITIONS for t in tokens[i:j]):
            # "The chief executive of another private hospital group was more cautious": after
            # a preposition the phrase runs on to the verb, if one comes soon
            verb = next((k for k in range(j, min(len(tokens), j + 6))
                         if tokens[k].kind != "w" or tokens[k].lower in _FINITE
                         or tokens[k].lower in CLAUSE_MARKERS), None)
            if verb is not None and tokens[verb].lower in _FINITE:
                end = verb
        while end > i and tokens[end - 1].lower in DETERMINERS | PREPOSITIONS:
            end -= 1  # "members of a cycling club": words the vocabulary lacks end the phrase
        body = read_speaker(tokens, i, end) if end > i else None
        if body is not None and body.kind in {"group", "organisation", "country", "nominal"}:
            found.append(body)
    return found


def _modifies_noun(tokens: list[Token], j: int) -> bool:
    """Whether the lower-case word at ``j`` modifies the role or group word after it: "veteran"
    in "One veteran teacher", "elderly" in "elderly residents"."""
    t = tokens[j]
    return j + 1 < len(tokens) and t.kind == "w" and t.text.isalpha() and t.text.islower() \
        and t.lower not in CLAUSE_MARKERS and t.lower not in _FINITE and not _is_cue(t) \
        and (role_word(tokens[j + 1].lower) or group_word(tokens[j + 1].lower))


def _owner_token(t: Token) -> Token:
    """The word without its possessive ending ("the regulator's", "exporters'"), else as is."""
    owner = possessive_owner(t.text)
    return token(t.start, t.start + len(owner), owner, "w") if owner else t


def _possessive_owner_name(tokens: list[Token], k: int, i: int) -> str | None:
    """The capitalised owner in `Age UK's charity director`, looking in ``tokens[k:i]``."""
    p = next((n for n in range(k, i) if tokens[n].text[:1].isupper()
              and tokens[n].lower.endswith(_POSSESSIVE)), None)
    return owner_before(tokens, p) if p is not None else None


def _former(title: str) -> bool:
    return "former" in title.lower().split() or title.lower().startswith("ex-")


def _join_tokens(words: list[Token]) -> str:
    return " ".join(w.text for w in words)


@lru_cache(maxsize=1 << 16)
def _may_title(low: str) -> bool:
    return role_word(low) or low.rstrip(".") in HONORIFICS or low in _KIN


def _titled_names(tokens: list[Token]) -> list[Speaker]:
    """People the article introduces with a title or honorific: `envoy Staffan de Mistura`,
    `its chairman, Sir Alan Pryce,`, `Ms Donnelly`, `his widow, Maureen Whitby,`."""
    found = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.kind != "w" or not _may_title(t.lower) or t.text[:1].isupper() and not (
                t.lower in TITLE_WORDS or t.lower.rstrip(".") in HONORIFICS or t.lower in _KIN):
            # a capitalised word is a title only if it is known as one: "In Johor Baru" is
            # a place, whatever its ending
            i += 1
            continue
        kin = t.lower in _KIN and i + 2 < len(tokens) and tokens[i + 1].text == ","
        titled = role_word(t.lower) or t.lower.rstrip(".") in HONORIFICS or kin
        title = owner = None
        if titled and i + 2 < len(tokens) and tokens[i + 1].text == "," \
                and (t.lower in TITLE_WORDS or kin or t.lower.endswith("ist")):
            k = i  # "its Conservative chairman, Sir Alan Pryce,": the title is before the comma
            while k > 0 and tokens[k - 1].kind == "w" and tokens[k - 1].lower not in DETERMINERS \
                    and not tokens[k - 1].lower.endswith(_POSSESSIVE) and k > i - 3:
                k -= 1
            while k > 0 and (tokens[k - 1].lower in DETERMINERS
                             or tokens[k - 1].lower.endswith(_POSSESSIVE)):
                k -= 1
            # "In a letter to the judge, Mottram wrote": after a preposition the title is
            # someone else's
            if k == 0 or tokens[k - 1].lower not in PREPOSITIONS:
                title = _join_tokens([t for t in tokens[k:i + 1] if t.lower not in DETERMINERS
                                      and not t.lower.endswith(_POSSESSIVE)])
                owner = _possessive_owner_name(tokens, k, i)
            i += 1
        if titled and i + 1 < len(tokens):
            j = i + 1
            while j < len(tokens) and tokens[j].kind == "w" and (
                    is_cap(tokens[j].text) or tokens[j].lower in PARTICLES):
                j += 1
            if j > i + 1:
                # "President Donald Trump's decision": the owner is named all the same
                words = tokens[:j - 1] + [_owner_token(tokens[j - 1])]
                span = phrase_before(words, j)
                speaker = read_speaker(words, *span) if span else None
                if speaker and speaker.kind == "person" and speaker.name not in NOT_NAMES:
                    speaker.title = speaker.title or title
                    if title and not kin:  # "Oliver's mother" is family, not affiliation
                        speaker.affiliation = speaker.affiliation or owner
                    found.append(speaker)
            i = j
        else:
            i += 1
    return found


def _confidence(text: str, q: _Quote) -> str | None:
    """How far to trust the speaker: "high" when a reporting verb or colon sits beside a name
    ("..., Churkin said"), "medium" when the speaker is reached through a pronoun, a quote it
    continues or a named group, "low" through a description ("the company said") or a
    neighbouring paragraph. None where there is no speaker."""
    sp = q.speaker
    if sp is None or q.actor is None or q.kind == "scare":
        return None
    mention = text[sp.start:sp.end]
    named = mention[:1].isupper() and mention not in PRONOUN_WORDS \
        and sp.kind in {"person", "organisation", "country"}
    if q.how in {"cue", "colon"} and named:
        return "high"
    if q.how in {"pronoun", "continuation"} or q.how in {"cue", "colon"} and (
            sp.kind == "group" or named):
        return "medium"
    return "low"


def _quote_rows(text: str, quotes: list[_Quote]) -> list[tuple]:
    """The quotes table's rows, all columns but the last (stance)."""
    rows = []
    for n, q in enumerate(quotes):
        sp = q.speaker
        rows.append((n, q.kind, text[q.start:q.end], q.start, q.end,
                     None if q.kind == "scare" else q.actor,
                     None if sp is None or q.kind == "scare" else text[sp.start:sp.end],
                     q.cue, q.sentence_id, q.paragraph_id,
                     "none" if q.kind == "scare" or q.actor is None else q.how,
                     None if sp is None else sp.start, None if sp is None else sp.end,
                     len(text[q.start:q.end].split())))
    return rows
