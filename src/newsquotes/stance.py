"""How the article and each actor lean toward the target entity.

Every mention of the target gets a polarity from the target-dependent classifier in
``sentiment``; the rest is aggregation, kept here so that its rules are in one place:

- a sentence's ``target_sentiment`` is the mean score of the target mentions in it;
- a quote's ``stance`` is the mean score of the target mentions in the sentences it stands in,
  leaving out a mention that is part of the speaker's own name or title ("Russian diplomats",
  "Russia's UN ambassador Vitali Churkin"), since naming the speaker says nothing about what
  they think;
- an actor's ``stance`` is the mean, weighted by strength, over the sentences of their quotes
  with a stance (two fragments of one sentence count once) and over the sentences in which the
  article has them act on the target ("Delattre ... blasted ... Russia"), so that it
  reads what they say and how the article frames it. ``n_target_quotes`` counts the quotes.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right


from .sentiment import target_score
from .targets import find_mentions

# Verbs by which the writer reports an actor acting for or against the target without a quote.
FRAMING_VERBS = frozenset("""
blasted condemned criticised criticized denounced attacked accused blamed praised defended welcomed
thanked backed supported rejected dismissed slammed hailed applauded lauded faulted warned urged
""".split())

MENTION_COLUMNS = {"start": "int64", "end": "int64", "text": "str", "sentence_id": "int64",
                   "polarity": "int64", "score": "float64"}

# Scores within this distance of zero are neutral; the classifier's own thresholds are the same.
NEUTRAL_BAND = 0.15


def polarity_of(score: float) -> int:
    if math.isnan(score) or abs(score) < NEUTRAL_BAND:
        return 0
    return 1 if score > 0 else -1


def mentions(text: str, sentences: list, target: str, aliases: list[str] | None) -> list[tuple]:
    """(start, end, text, sentence_id, polarity, score) for every mention of the target."""
    starts = [s.start for s in sentences]
    rows = []
    for start, end in find_mentions(text, target, aliases):
        i = bisect_right(starts, start) - 1
        if i < 0 or start >= sentences[i].end:
            continue  # between sentences: a headline word the splitter left out cannot be scored
        s = sentences[i]
        score = float(target_score(s.text, start - s.start, end - s.start))
        rows.append((start, end, text[start:end], s.sentence_id, polarity_of(score), score))
    return rows


def sentence_sentiment(sentences: list, mention_rows: list[tuple]) -> list[float]:
    """Mean mention score per sentence; NaN where the target is not mentioned or in boilerplate."""
    sums = [0.0] * len(sentences)
    counts = [0] * len(sentences)
    for _, _, _, sid, _, score in mention_rows:
        if not sentences[sid].is_boilerplate:
            sums[sid] += score
            counts[sid] += 1
    return [x / c if c else math.nan for x, c in zip(sums, counts)]


_TITLE_CHAIN = re.compile(r"^[\w\s'’.-]{0,60}$")


def quote_stances(text: str, quotes: list[tuple], sentences: list,
                  mention_rows: list[tuple]) -> list[float]:
    """Each quote's stance toward the target, NaN where its sentences do not mention it.

    ``quotes``: (kind, speaker, sentence_id, end, speaker_start, speaker_end) per quote.
    """
    ends = [s.end for s in sentences]
    by_sentence: dict[int, list[tuple]] = {}
    for row in mention_rows:
        by_sentence.setdefault(row[3], []).append(row)
    out = [math.nan] * len(quotes)
    if not by_sentence:
        return out
    for n, (kind, speaker, first, end, speaker_start, speaker_end) in enumerate(quotes):
        if kind == "scare" or speaker is None:
            continue
        last = min(bisect_right(ends, end - 1), len(sentences) - 1)
        scores = [score for sid in range(first, max(first, last) + 1)
                  for start, stop, _, _, _, score in by_sentence.get(sid, ())
                  if not _names_speaker(text, start, stop, speaker_start, speaker_end)]
        if scores:
            out[n] = sum(scores) / len(scores)
    return out


def _names_speaker(text: str, start: int, end: int, speaker_start, speaker_end) -> bool:
    """Whether the mention is part of the speaker's own name or title: "Russian diplomats",
    "Russia's UN ambassador Vitali Churkin". Naming the speaker says nothing of their stance."""
    if not isinstance(speaker_start, int):
        return False
    if speaker_start <= start < speaker_end:
        return True
    return end <= speaker_start and speaker_start - end <= 60 and \
        bool(_TITLE_CHAIN.match(text[end:speaker_start]))


def actor_stances(text: str, actors: list[tuple], quotes: list[tuple], stances: list[float],
                  sentences: list, mention_rows: list[tuple]) -> tuple[list[float], list[int]]:
    """(stance, n_target_quotes) per actor, from their quotes and the article's framing.

    ``actors``: (actor, kind, "; "-joined aliases); ``quotes``: (speaker, sentence_id), in the
    order of ``stances``.
    """
    names = [a[0] for a in actors]
    evidence: dict[str, list[float]] = {a: [] for a in names}
    n_quotes = dict.fromkeys(names, 0)
    seen: set[tuple[str, int]] = set()
    for (speaker, sid), stance in zip(quotes, stances):
        if speaker in evidence and not math.isnan(stance):
            n_quotes[speaker] += 1
            if (speaker, sid) not in seen:  # two fragments of one sentence are one statement
                seen.add((speaker, sid))
                evidence[speaker].append(stance)
    for actor, score in _framing(text, actors, {sid for _, sid in quotes}, sentences,
                                 mention_rows):
        evidence[actor].append(score)
    return [_weighted(evidence[a]) for a in names], [n_quotes[a] for a in names]


def _weighted(scores: list[float]) -> float:
    """The mean of scores weighted by their strength: a clear statement counts for more than
    a sentence the classifier barely leans on."""
    weight = sum(abs(x) for x in scores)
    if not scores:
        return float("nan")
    return sum(x * abs(x) for x in scores) / weight if weight else 0.0


def _framing(text: str, actors: list[tuple], quoted: set[int], sentences: list,
             mention_rows: list[tuple]) -> list[tuple[str, float]]:
    """(actor, score) for sentences where the writer has a named actor act on the target."""
    names = {}
    kinds = {actor: kind for actor, kind, _ in actors}
    for actor, _, aliases in actors:
        for alias in aliases.split("; "):
            names[alias] = actor
    if not names:
        return []
    pattern = re.compile(r"(?<![\w-])(" + "|".join(
        re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w-])(?!['’]s)")
    by_sentence: dict[int, list[tuple]] = {}
    for row in mention_rows:
        by_sentence.setdefault(row[3], []).append(row)
    found = []
    for sid, rows in by_sentence.items():
        s = sentences[sid]
        if s.is_boilerplate or sid in quoted:
            continue
        matches = list(pattern.finditer(text, s.start, s.end))
        # The subject is the first person named, not a body inside their title
        # ("France's UN ambassador Francois Delattre ... blasted ...").
        m = next((x for x in matches if kinds[names[x.group(1)]] == "person"),
                 matches[0] if matches else None)
        if not m:
            continue
        after = text[m.end():s.end].lower()
        if not any(w in FRAMING_VERBS for w in re.findall(r"[a-z]+", after)):
            continue
        scores = [r[5] for r in rows if r[0] >= m.end()]
        if scores:
            found.append((names[m.group(1)], sum(scores) / len(scores)))
    return found
