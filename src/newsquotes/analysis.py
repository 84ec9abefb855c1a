"""``analyse()``: from an article's text to tables of its sentences, quotes and actors.

Quotes are found per paragraph and attributed in passes, most certain first: a reporting verb
beside the quote; then the quote's neighbours (a quote continued after its attribution, an AP
paragraph that carries a quote on, a paragraph that is only a quote); then pronouns and roles are
resolved to the actors that the article names, and aliases of one person merged.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import stance, tokenise
from .actors import PRONOUN_WORDS, _Actors
from .attribution import (
    _KEPT,
    _Quote,
    _attribute,
    _carry_over,
    _echoed,
    _headline_speaker,
    _within_reports,
)
from .quotes import Quoted, quoted_spans
from .reported import _indirect, _sentence_at
from .speakers import LEGAL_SUFFIXES, Token, cue_verbs, token
from .tables import typed_frame
from .targets import find_mentions


# Words and punctuation; honorifics keep their period ("Dr."), a plural possessive its
# apostrophe where a name goes on ("the Supporters’ Trust"), a name its ampersand ("AT&T"), and
# a number its thousands separators ("38,412 candidates": not a comma of the sentence's). The
# three forms that start with a capital are tried only before one: the scan runs over every
# article's text, and most tokens are not capitalised.
_WORD = re.compile(r"\d{1,3}(?:,\d{3})+(?!\w|,\d)"
                   r"|(?=[A-Z])(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Rev|Fr"
                   r"|St|Jr|Sr|Cllr|Coun|Supt|Insp|Det|Adm|Atty|Hon)\.(?=\s)"
                   r"|(?:" + "|".join(LEGAL_SUFFIXES) + r")\.(?=[,;:)]|\s+[a-z])"
                   r"|(?:[A-Z]\.){1,}(?=\s*[A-Z][a-z]|\s+[a-z])"
                   r"|(?:[A-Z]\.){2,}(?=\s+[a-z]|[,;:)]))|(?:[a-z]\.){2,}(?=[,;:)]|\s+[a-z])"
                   r"|\w+(?:[-–'’.&]\w+)*(?:(?<=s)['’](?=\s\w))?|[^\w\s\"“”„«»‘’']")

# _WORD with what lies before each token: white space and quote marks, the only characters no
# token starts with. Each token's offsets are counted from the lengths, so findall() gives all
# that is needed, without a match object and three method calls per token.
_GAP_WORD = re.compile(r"([\s\"“”„«»‘’']*)(" + _WORD.pattern + ")")

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
      continuation | paragraph | headline | frame ("For X, the plan is "..."") | none),
      speaker_start, speaker_end, n_words, stance,
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
        # Where each quote's token is (the n-th "q" token is quote n), found once for the
        # paragraph rather than by a scan from its start for each quote and each rule.
        at = [i for i, t in enumerate(tokens) if t.kind == "q"]
        for n, q in enumerate(found):
            sid = _sentence_at(by_para.get(para.paragraph_id, []), q.start)
            quote = _Quote(q.start, q.end, _kind(text, tokens, at[n], q), para.paragraph_id, sid,
                           open_end=q.close_mark < 0)
            _attribute(quote, tokens, at[n])
            if quote.speaker is None and para.role == "headline":
                _headline_speaker(quote, tokens, at[n], text)
            quotes.append(quote)
    headlines = {p.paragraph_id for p in paras if p.role == "headline"}
    # Reported speech in a headline ("Govt says SA is sitting on M1.2bn") is the story's gist,
    # told again in the body: only its quoted words are the speaker's
    # (as is "X says ..." in the standfirst between the headline and the byline; but "...,
    # the council has said" there gives the lede's news with its source)
    # (a standfirst without a full stop needs no byline after it to be one: "Indian refiners
    # say they may shift to soyoil" under the headline, then the writer's bare name)
    standfirsts = {p.paragraph_id for n, p in enumerate(paras[:-1]) if n and p.role == "body"
                   and (paras[n + 1].role == "byline" or not tokenise._terminal(p.text))
                   and all(h.role == "headline" for h in paras[:n])}
    quotes.extend(q for q in _indirect(text, frames, by_para) if q.paragraph_id not in headlines
                  and not (q.paragraph_id in standfirsts and q.speaker.start < q.start))
    quotes.sort(key=lambda q: q.start)
    _carry_over(quotes, frames)
    _within_reports(text, quotes)
    actors = _Actors(text, frames, quotes, [s.start for s in sents], target, headlines,
                     [(p.start, p.end) for p in paras if p.role in {"caption", "byline"}])
    for q in quotes:
        if q.speaker is not None:
            q.actor = actors.resolve(q.speaker)
    actors.merge_descriptions(quotes)
    _echoed(text, quotes, headlines)
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
    if para.role != "headline":
        _names_not_verbs(tokens)
    return tokens


def _names_not_verbs(tokens: list[Token]) -> None:
    """"trader Moussa Said said", "Said said", '"...," Brand said': a capitalised reporting verb
    after a name or before "said" is a surname; "the WHO said" is initials, not "who". Its
    ``lower`` keeps the capitals, so that no list of verbs or clause words finds it.
    (Headlines are left alone: "Russia Said to Weigh ..." is Title Case.)"""
    cues = cue_verbs()
    for k, t in enumerate(tokens):
        # The set lookup first: it turns away almost every token, and costs less than the others.
        if t.lower in cues and t.kind == "w" and t.text[:1].isupper() and (
                k and tokens[k - 1].kind == "w" and tokens[k - 1].text[:1].isupper()
                or k + 1 < len(tokens) and tokens[k + 1].lower in _AFTER_SAID):
            tokens[k] = t._replace(lower=t.text)
        elif t.text == "WHO" or t.text == "Will" and k + 1 < len(tokens) \
                and tokens[k + 1].lower in _AFTER_SAID:
            # the World Health Organization; Marion Will ("Will said": no modal before "said")
            tokens[k] = t._replace(lower=t.text)
        elif t.text == "Nor" and k and tokens[k - 1].kind == "w" and k + 1 < len(tokens) \
                and tokens[k + 1].text[:1].isupper():
            tokens[k] = t._replace(lower=t.text)  # "Judge Nor Aishah Kamarudin": a given name


_AFTER_SAID = {"said", "says", "told", "added", "explained", "insisted", "noted", "warned"}


def _words(text: str, lo: int, hi: int, tokens: list[Token], breaks: list[int]) -> None:
    if lo >= hi:
        return
    found = []
    end = lo
    for gap, w in _GAP_WORD.findall(text, lo, hi):
        start = end + len(gap)
        end = start + len(w)
        # tuple.__new__ builds each Token without the Python-level __new__ of a NamedTuple.
        found.append(_tuple_new(Token, (start, end, w, "w" if w[0].isalnum() else "p", -1,
                                        w.lower())))
    if _GLOSS.search(text, lo, hi):
        found = _without_glosses(found)
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


# A name's spelling in another script, in brackets: "Chou Chun-hsien (周俊賢) said".
_GLOSS = re.compile(r"\([^\x00-\u024f()]+\)")


def _without_glosses(found: list[Token]) -> list[Token]:
    """The words without the glosses in brackets, which no rule should have to step over."""
    keep = []
    n = 0
    while n < len(found):
        if found[n].text == "(" and n + 2 < len(found) and found[n + 2].text == ")" \
                and _GLOSS.fullmatch(f"({found[n + 1].text})"):
            n += 3
            continue
        keep.append(found[n])
        n += 1
    return keep


def _kind(text: str, tokens: list[Token], p: int, q: Quoted) -> str:
    """direct: a sentence or clause of its own; partial: a fragment in the writer's sentence.
    ``tokens[p]`` is the quote's token."""
    prev = tokens[p - 1] if p > 0 else None
    if prev is None or prev.kind in "sq" or prev.text in {":", ",", "(", "—", "–", ";"}:
        return "direct"
    body = text[q.start:q.end]
    if body[:1].isupper() and re.search(r"[.?!…][\"'”’]?$", body) and (
            len(body.split()) > 3 or body.endswith(("!", "?"))):
        return "direct"  # a sentence of its own, or an exclamation: chanted "Not one job!"
    return "partial"


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
