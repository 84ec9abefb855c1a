"""Direct-quote attribution: the reporting verb (the cue) and the speaker of a quoted span,
found beside the quote, in a headline, or carried over from a neighbouring quote."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .speakers import (
    BASED_IN,
    CLAUSE_MARKERS,
    DETERMINERS,
    INDIRECT_CUES,
    OBJECT_PRONOUNS,
    ORG_NOUNS,
    PARTICLES,
    PREPOSITIONS,
    PRONOUNS,
    ROUGHLY,
    TITLE_WORDS,
    Speaker,
    Token,
    apposition_after,
    bracketed_at,
    channel_at,
    cue_verbs,
    group_word,
    is_cap,
    joins_body_name,
    listed_name_end,
    listed_name_start,
    named_like_a_body,
    np_word,
    person_like,
    phrase_after,
    phrase_before,
    read_speaker,
    role_word,
    weekday_surname,
)
from .targets import ROLE_ABBREVIATIONS


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


def _attribute(quote: _Quote, tokens: list[Token], p: int) -> None:
    """The quote's speaker and cue, from the sentence around ``tokens[p]``, its token."""
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
            return
    if quote.kind == "partial":
        # 'They could be shipped "within weeks" once a route was agreed, he said': a fragment
        # inside the reported clause that the sentence's closing attribution reports
        found = _closing_attribution(tokens, p, hi)
        if found:
            quote.speaker, quote.cue = found
            quote.how = "pronoun" if found[0].kind == "pronoun" else "cue"
        elif (speaker := _for_whom(tokens, lo, p)) is not None:
            quote.speaker, quote.cue, quote.how = speaker, "for", "frame"


def _for_whom(tokens: list[Token], lo: int, p: int) -> Speaker | None:
    """`For Abicom's president, Sérgio Vasconcelos, the shift is "purely a matter of price."`,
    `For Marchal, 46, a former rector, the ban is a matter of "common sense."`: whose view a
    sentence that opens with "For" and a person gives in their words."""
    lo = _after_dateline(tokens, lo, p)
    if tokens[lo].text != "For" or any(t.kind == "q" for t in tokens[lo:p]):
        return None
    commas = [c for c in range(lo + 2, p) if tokens[c].text == ","]
    if not commas:
        return None
    speaker = read_speaker(tokens, lo + 1, commas[0])
    if speaker is not None and speaker.kind != "person" and len(commas) > 1:
        # "For Abicom's president, Sérgio Vasconcelos,": the role, then the name
        speaker = read_speaker(tokens, commas[0] + 1, commas[1])
    return speaker if speaker is not None and speaker.kind == "person" else None


def _closing_attribution(tokens: list[Token], p: int, hi: int):
    """The speaker and cue of ", he said." ending the sentence after the fragment at ``p``,
    when nothing between them is quoted or reported (and the fragment is no name: 'after
    Typhoon "Banog" flattened the province, Gov. X said')."""
    if all(w[:1].isupper() for w in tokens[p].text.split()):
        return None
    last = None
    for c in range(p + 1, hi):
        tok = tokens[c]
        if tok.kind == "q" or _is_cue_at(tokens, c):
            break
        if tok.text == ",":
            last = c
    if last is None or last == p + 1 or hi - last > 12:
        return None  # (not "In her "last word," ..., Volkova said she did not regret ...")
    return _cue_right(tokens, last - 1, p, hi)


_BACK = {"shot", "fired", "hit", "snapped", "pushed", "struck"}


def _is_cue_at(tokens: list[Token], v: int) -> bool:
    """A reporting verb at ``v``, or a phrasal one: `he shot back`."""
    return _is_cue(tokens[v]) or tokens[v].lower in _BACK and v + 1 < len(tokens) \
        and tokens[v + 1].lower == "back" or _document_verb(tokens, v, 0)


def _document_verb(tokens: list[Token], v: int, lo: int) -> bool:
    """A document's verb that reports what it says: `"...," the statement read.`, `The review
    found the broadcaster had been "careless"`."""
    if v <= lo:
        return False
    low = tokens[v].lower
    return low in {"read", "reads"} and tokens[v - 1].lower in _WRITINGS \
        and not (v + 1 < len(tokens) and tokens[v + 1].lower in _READ_OUT) \
        or low in {"found", "concluded"} and _finding_before(tokens, v)


# Words after "read" that make it a participle, the writing read out, not what it says: "in a
# pastoral letter read at Masses last Sunday", "a statement read by his lawyer".
_READ_OUT = {"at", "by", "during", "out", "aloud", "to", "before"}


# Words after which a cue's form is a noun: "the brand is 'disappointed'", "a call".
_NOUN_BEFORE = {"the", "a", "an", "its", "this", "these", "those"}


# What finds, as a reporting verb's subject: "the review found", "the report has concluded".
_FINDINGS = {"report", "review", "study", "audit", "inquiry", "investigation", "survey",
             "assessment", "analysis", "probe", "evaluation"}


def _finding_before(tokens: list[Token], v: int) -> bool:
    k = v - 1 if v > 0 and tokens[v - 1].lower not in {"has", "have", "had"} else v - 2
    return k >= 0 and tokens[k].lower in _FINDINGS


@_kept
def _cue_right(tokens, p, lo, hi):
    """`"...," said Delattre.` / `"...," Churkin said.` / `"...," X's chief, Name, said.`"""
    k = p + 1
    if k < len(tokens) and tokens[k].kind == "s" and re.search(r"[?!]$", tokens[p].text):
        # Punkt ends a sentence after a quoted question or exclamation before a capital:
        # `"That's a lie!" Lamb shouted.` The attribution is still the quote's.
        k += 1
        hi = _sentence_bounds(tokens, k)[1]
    if k + 2 < hi and tokens[k].text == "(" and tokens[k + 1].kind == "q" \
            and tokens[k + 2].text == ")":
        k += 3  # '"Имаме докази" ("We have evidence"), he said': past the translation
    elif k < hi and tokens[k].text == ")" and k - 2 >= lo and tokens[k - 2].text == "(":
        k += 1  # the translation's own attribution, after its bracket
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
_OFTEN = {"often", "sometimes", "also", "once", "still"}


def _gives_a_name(tokens: list[Token], v: int, lo: int) -> bool:
    """`what is often called the "postcode lottery"`, `a clash popularly called the "Super
    Clash"`: a name given, not words said (but "he has often called", "Smith repeatedly
    called")."""
    if tokens[v].lower != "called" and tokens[v].lower not in _NAMING:
        return False
    k = v - 1
    while k > lo and (tokens[k].lower.endswith("ly") or tokens[k].lower in _OFTEN):
        k -= 1
    return lo <= k < v - 1 and (tokens[k].lower in _PASSIVE or tokens[k].kind == "w"
                                and tokens[k].text.isalpha() and tokens[k].text.islower()
                                and tokens[k].lower not in PRONOUNS
                                and tokens[k].lower not in {"has", "have", "had", "and"})


def _cue_left(tokens, p, lo, hi):
    """The nearest reporting verb before the quote, across earlier fragments of the same report:
    `said the Liberals had "lost control" and were now "slamming on the brakes."`"""
    according = _according_before(tokens, lo, p)
    if according is not None:
        return according, "according to"
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
                                                           or tokens[v - 1].kind == "q") \
                and not (v + 1 < p and tokens[v + 1].lower.endswith("ing")):
            return None  # "X said ..., while Y kept his "overweight" rating": Y's own clause
            # (but "said ... while facing "a structural deficit"": the speaker's own)
        participle = tok.lower in _PARTICIPLES and v > lo and (tokens[v - 1].text == ","
                                                               or tokens[v - 1].kind == "q")
        if tok.lower in _NOUN_CUES and v > lo and (
                tokens[v - 1].lower in DETERMINERS or not tok.lower.endswith("s") and v - 1 > lo
                and tokens[v - 2].lower in DETERMINERS and tokens[v - 1].text.islower()):
            # "on a conference call", "a reply": a noun ("what the company calls" is a verb)
            continue
        if _adds_amount(tokens, v):
            continue  # "tariffs had added about $40 million in costs": no speech
        if v > lo and tokens[v - 1].lower in _WRITINGS and tok.lower.endswith("ed") \
                and v + 1 < hi and (tokens[v + 1].lower in PREPOSITIONS
                                    or tokens[v + 1].lower in {"by", "through", "late", "earlier"}):
            continue  # "said in a statement released through his agent that": the document's
            # (but "The bank's statement called the fine ...": its verb)
        written = _document_verb(tokens, v, lo)
        if _wished_for(tokens, v, lo):
            continue  # "said he wanted to hear Marchbanks explain it "in her own words"": his
        if participle or written or _is_cue(tok) and not (
                v > lo and (tokens[v - 1].lower in _PASSIVE
                            or tokens[v - 1].lower in _NOUN_BEFORE)
                or _gives_a_name(tokens, v, lo)):
            if participle:
                # "wrote on X that ... "...," adding: "...": the participle's subject is
                # the earlier verb's
                earlier = _cue_left(tokens, v - 1, lo, hi)
                if earlier:
                    return earlier[0], tok.text
                subject = _clause_subject(tokens, lo, v - 1) or _sentence_subject(tokens, lo, v - 1)
                if subject is not None:  # "..., the department recommended approval, saying";
                    # "X on Wednesday defended her plan to push back the start of the day,
                    # telling ...": the sentence's subject, not the object before the comma
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


def _according_before(tokens: list[Token], lo: int, p: int) -> Speaker | None:
    """The source of `According to Fiifi Quansah, "..."`, or of `According to the veteran
    journalist, Mr Fiifi Quansah, "..."` (the name in apposition), or of a fragment quoted
    further on in what the source reports."""
    start = _after_dateline(tokens, lo, p)
    if p - start < 4 or tokens[start].lower != "according" or tokens[start + 1].lower != "to":
        return None
    span = phrase_after(tokens, start + 1, loose=True)
    if tokens[start + 2].lower in OBJECT_PRONOUNS and tokens[start + 3].text == ",":
        span = start + 2, start + 3  # "According to her," ("her" may open a phrase)
    if not span or span[1] >= p:
        return None
    after = span[1] + 3 if span[1] + 3 < p and tokens[span[1]].text == "(" \
        and tokens[span[1] + 2].text == ")" else span[1]  # "According to the ERA (ERA),"
    if tokens[p - 1].text not in {",", ":"}:
        # "According to her, traders have since been made to pay "unofficial fees"": a
        # fragment inside what the source reports, unless someone else is said to say it
        if tokens[after].text != "," or any(_is_cue(t) or t.kind in "sq"
                                               for t in tokens[after + 1:p]) \
                or any(t.lower in _WRITINGS or t.lower in _FINDINGS
                       for t in tokens[span[0]:span[1]]):
            return None  # (not "According to a press release sent to AGERPRES, the MAE ...")
        if span[1] - span[0] == 1 and tokens[span[0]].lower in OBJECT_PRONOUNS:
            her = tokens[span[0]]
            return Speaker(OBJECT_PRONOUNS[her.lower], her.start, her.end, "pronoun")
        return read_speaker(tokens, *span)
    if span[1] < p - 2 and tokens[span[1]].text == ",":
        named = read_speaker(tokens, span[1] + 1, p - 1)
        if named is not None and named.kind == "person":
            return named
    return read_speaker(tokens, *span) if span[1] == p - 1 else None


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
        or nxt.lower in {"up", "more", "less", "another", "roughly", "billions", "millions"} \
        or nxt.lower in {"a", "an"} and v + 2 < len(tokens) \
        and tokens[v + 2].lower in {"average", "extra", "further", "total", "net"}


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
    who = next((k for k in range(end - 1, max(lo, end - 16) - 1, -1)
                if tokens[k].lower == "who"), None)
    rel = next((k for k in range(span[0] + 1, span[1] - 1) if tokens[k].lower in {"that", "which"}
                and not np_word(tokens[k + 1])), None) if span and span[0] >= lo else None
    if rel is not None:  # "the NHS trust that runs it has confirmed": the trust
        speaker = read_speaker(tokens, span[0], rel)
        if speaker is not None and speaker.kind in {"person", "group", "nominal", "organisation"}:
            return speaker
    if who is not None and all(t.kind == "w" or t.text in _AMOUNT_SIGNS for t in tokens[who:end]):
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
            subject = _relative_subject(tokens, rel, lo)
            if subject is not None and subject.kind in {"person", "organisation", "group"}:
                return subject
    if not span or tokens[v - 1].lower in CLAUSE_MARKERS:
        if tokens[v - 1].lower in {"and", "but"}:
            # "Spokesman Dean Mattock accused ... and said": the earlier reporting verb's
            # subject; else "The Union ... (UCCSO), which groups ..., called ... and said":
            # the sentence's subject, not a name inside its asides
            # (the nearest: "The ombudsman, which settles disputes ..., said A, more than
            # ..., and described": not "disputes")
            earlier = next((c for c in range(v - 2, _past_opener(tokens, lo, v), -1)
                            if _is_cue(tokens[c]) and tokens[c - 1].kind in "wp"), None)
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
# Signs inside an amount, which a relative clause may hold: "who said she paid £720".
_AMOUNT_SIGNS = {"£", "$", "€", "%", "¥", "₹"}


def _past_opener(tokens: list[Token], lo: int, v: int) -> int:
    """Where the sentence's subject may start: past a dateline and an opening phrase of time or
    place ("At a meeting last month, ...", "In a statement released on Monday, ...")."""
    lo = _after_dateline(tokens, lo, v)
    if lo < v and tokens[lo].lower in _OPENERS:
        lo = next((c + 1 for c in range(lo + 1, min(v, lo + 12)) if tokens[c].text == ","), lo)
    return lo


def _sentence_subject(tokens: list[Token], lo: int, v: int) -> Speaker | None:
    """The noun phrase that opens the sentence, if a comma or a verb follows it; after an
    opening phrase of time or place ("At a meeting last month, one farmer stood up and ...")."""
    lo = _past_opener(tokens, lo, v)
    j = lo
    while j < v and (np_word(tokens[j]) or joins_body_name(tokens, lo, j, v)):
        j += 1  # ("The Seychelles Hospitality and Tourism Association (SHTA) welcomed")
    end = j
    if bracketed_at(tokens, j, v):
        j += 3  # "(UCCSO)"
    if end == lo or j >= v or not (tokens[j].text == "," or tokens[j].kind == "w"
                                   and not is_cap(tokens[j].text)):
        # "Superintendent Renata Okafor on Wednesday night defended", "The Bombay High Court
        # on Wednesday came down heavily on": the name before the time
        end = next((k for k in range(lo + 2, end) if tokens[k].lower in {"on", "in", "at"}
                    and tokens[k + 1].lower in _AFTER_ATTRIBUTION), lo)
        speaker = read_speaker(tokens, lo, end) if end > lo else None
        return speaker if speaker is not None and speaker.kind in {"person", "organisation"} \
            else None
    speaker = read_speaker(tokens, lo, end)
    if speaker is not None and speaker.kind == "organisation" and speaker.name.islower() \
            and tokens[j].text == ",":
        # "Another union, the liberal ACLVB, did not join the strike but said": the named body
        comma = next((k for k in range(j + 1, min(v, j + 8)) if tokens[k].text == ","), None)
        named = _body_in_apposition(tokens, j + 1, comma) if comma is not None else None
        if named is not None:
            return named
    if speaker is not None and speaker.kind != "person" and j < v and tokens[j].text == ",":
        k = j + 1
        while k < v and np_word(tokens[k]):
            k += 1
        named = read_speaker(tokens, j + 1, k) if k > j + 1 and k < v \
            and tokens[k].kind == "w" and tokens[k].text.islower() else None
        if named is not None and named.kind == "person" and " " in named.name:
            # (one word is an item of a list: "on Science, Technology and Innovation")
            # "At Danish Shipping, the shipowners' association, deputy director Anne Sofie
            # Holm welcomes ... but warns": the body describes the opening phrase's place
            return named
    if speaker is None or speaker.kind == "pronoun" or speaker.kind == "nominal" \
            and not speaker.name.startswith("one "):  # "one farmer stood up and asked"
        return None
    if any(tokens[m].lower in TITLE_WORDS and tokens[m + 1].text == ","
           and all(t.kind == "w" and t.text.islower() for t in tokens[end:m + 1])
           for m in range(end, min(end + 3, v - 1))):
        return None  # "WUC's Kweneng area manager, Onalenna Dikgang,": where the office is
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


def _role_described(inner: list[Token]) -> bool:
    """`research head at Regina Capital`, `longtime organiser with the union`: lower-case
    words naming a role, then where it is held."""
    head = next((n for n, t in enumerate(inner) if t.lower in PREPOSITIONS), len(inner))
    return 0 < head <= 3 and all(t.kind == "w" and t.text.islower() for t in inner[:head]) \
        and role_word(inner[head - 1].lower)


def _comma_speaker(tokens: list[Token], comma: int, lo: int) -> Speaker | None:
    """A speaker set off by commas before the verb.

    `Ana Ribeiro, a union organiser from Porto, said`: a name, then its apposition;
    `The Commission's trade spokesman, Pieter Vos, said`: a title, then the name;
    `The bartender, Tanya Ferreira, 29, who worked there for three years, said` and
    `A member of the delegation, speaking on condition of anonymity, said`: asides skipped.
    """
    known = _known_only_as(tokens, lo, comma)
    if known is not None:
        return known
    # a comma inside brackets sets nothing off: "MP Fiona Lachance (Ottawa-Vanier, Ont.), who"
    bracketed, depth = set(), 0
    for c in range(lo, comma):
        depth += (tokens[c].text == "(") - (tokens[c].text == ")")
        if depth > 0:
            bracketed.add(c)
    first = next((c for c in range(lo, comma) if tokens[c].text == "," and c not in bracketed),
                 None)
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
    relative = next((c for c in range(lo, comma) if tokens[c].text == "," and c not in bracketed
                     and (tokens[c + 1].lower in {"who", "whose", "which"}
                          # "The SLPP, to which Pathiraja belonged, said"
                          or tokens[c + 1].lower in PREPOSITIONS and c + 2 < comma
                          and tokens[c + 2].lower in {"which", "whom"})
                     and all(t.kind != "s" and t.text not in {".", "?", "!"}
                             for t in tokens[c:comma])), None)
    channel = next((c for c in range(lo + 1, comma - 3) if tokens[c].text == ","
                    and c not in bracketed and channel_at(tokens, c + 1)), None)
    if channel is not None and relative is None:
        # "the Federal Ministry of Health, in a statement signed by its Director of Information,
        # Mr Emeka Obi, on Monday, said": how the body spoke, signer and all, is an aside
        comma = channel
    which = False
    if relative is not None:  # "Maureen Tolland, 71, whose husband, Derek, spent ..., said",
        # "The Indian Mobility Platforms Association, which represents Ola, Uber and Rapido,"
        which = tokens[relative + 1].lower == "which"
        comma = relative
    while True:
        prev = next((c for c in range(comma - 1, lo - 1, -1)
                     if tokens[c].text == "," and c not in bracketed), None)
        if prev == comma - 1:
            return None
        inner = tokens[(lo if prev is None else prev + 1):comma]
        which = which or prev is not None and inner[0].lower == "which"
        if prev is not None and (inner[0].lower in {"who", "which", "whose", "where"}
                                 or inner[0].text[0].isdigit() or inner[0].lower.endswith("ing")
                                 or inner[0].lower in {"from", "of", "in", "near", "outside"}
                                 and len(inner) <= 4
                                 or inner[0].lower in {"now", "formerly", "also"} and len(inner) > 1
                                 or inner[0].lower == "or" and 1 < len(inner) <= 3  # ", or FSB,"
                                 or inner[0].lower in _ASIDE_PARTICIPLES
                                 or inner[0].lower == "and" and len(inner) > 1
                                 and inner[1].lower in _ANONYMITY_ASIDES
                                 or inner[-1].lower in _UNITS and len(inner) <= 4
                                 or _place_after_place(tokens, lo, prev, inner)):
            comma = prev  # a relative clause, an age or an aside: the name is before it
            continue
        break
    if prev is None:  # `"...," Haddad, who was not involved in the study, said.`
        who = next((c for c in range(lo + 1, comma) if tokens[c].lower == "who"), comma)
        # ("A Kent Town woman who has lived opposite the park for 30 years, and asked not to
        # be named, said": the woman)
        span = phrase_before(tokens, who)
        speaker = read_speaker(tokens, *span) if span and span[0] >= lo else None
        if which and speaker is not None and speaker.kind == "nominal":
            speaker.kind = "organisation"  # "The ombudsman, which settles disputes, said"
        return speaker
    # A title and a full name: "At a press conference at the Ryogoku Kokugikan, lawyer Keiko
    # Tanabe, who chairs ..., said" is the speaker after an opening phrase; "Chairman of the
    # Ajiran Residents Association, Chief Sunday Adebayo, said" after the role they hold
    opened = next((c for c in range(comma - 2, prev + 1, -1) if tokens[c].text == "("), None) \
        if tokens[comma - 1].text == ")" else None
    if opened is not None:
        # "Cathaoirleach of the district, Cllr Brendan Ó Máille (FF), said": the party, like
        # initials or an age in brackets, is an aside
        comma, inner = opened, tokens[prev + 1:opened]
    # ("The state's first witness, road department foreman Ricky Pruitt, ... testified": a
    # role in lower case before the name will do)
    named = read_speaker(tokens, prev + 1, comma) if inner[0].lower in TITLE_WORDS or (
        inner[0].text.islower() and len(inner) > 2 and is_cap(inner[-1].text)
        and is_cap(inner[-2].text)) else None
    titled_name = named is not None and named.kind == "person" and " " in named.name
    if titled_name and inner[0].text.islower() and not any(
            t.lower in PREPOSITIONS or t.kind == "p" for t in tokens[prev + 1:comma]
            if t.start < named.start):  # (not "general manager (HR) of Meghna Apparels")
        return named
    titled_name = titled_name and is_cap(inner[0].text)
    # "Darren Pidgeon, one of the two councillors who voted against it, said": so is "one of"
    if inner[0].lower in {"a", "an", "the"} or inner[0].lower in TITLE_WORDS and not titled_name \
            or inner[0].lower in {"one", "part"} and len(inner) > 1 and inner[1].lower == "of" \
            or _role_described(inner):
        # ("Harrow & Finch, part of the Calloway Group, said": the body before the aside)
        if prev - 2 >= lo and tokens[prev - 1].lower in {"them", "us", "those"} \
                and tokens[prev - 2].lower == "of":
            # "One of them, the poet and broadcaster Iwan Hughes, said": the one named
            named = read_speaker(tokens, prev + 1, comma)
            if named is not None and named.kind == "person" and " " in named.name:
                return named
        one_of = prev > lo + 2 and tokens[lo].lower == "one" and tokens[lo + 1].lower == "of"
        if one_of and inner[0].lower in {"a", "an"}:
            # "One of the crew, a second engineer from Kerala who asked not to be named, said":
            # the one, as the apposition describes them
            cut = next((k for k in range(prev + 2, comma) if tokens[k].lower in CLAUSE_MARKERS),
                       comma)
            described = read_speaker(tokens, prev + 1, cut)
            if described is not None and described.kind == "nominal":
                return described
        if inner[0].lower == "the" and _past_opener(tokens, lo, comma) == prev + 1:
            # "In Miami, the Lakay Supporters Club, which raised ..., said": the subject after
            # an opening phrase of place or time
            subject = read_speaker(tokens, prev + 1, comma)
            if subject is not None and subject.kind in {"person", "organisation", "group"}:
                return subject
        span = phrase_before(tokens, prev)
        if span and span[0] >= lo:
            speaker = read_speaker(tokens, *span)
            if speaker and speaker.kind == "organisation" and speaker.name.islower():
                # "The financial regulator, the CSSF, ... said": the body the apposition names
                named = _body_in_apposition(tokens, prev + 1, comma)
                if named is not None:
                    return named
            if speaker and (speaker.kind in {"person", "organisation", "group"}
                            or one_of and speaker.kind == "nominal"):
                _with_apposition(speaker, tokens, prev)  # ("One of the rescued workers, a
                return speaker  # 23-year-old from Caxias, said")
        return None
    if any(t.lower in {"of", "from"} for t in inner[1:]) and all(
            t.kind == "w" and (is_cap(t.text) or t.lower in {"of", "from"}) for t in inner):
        span = phrase_before(tokens, prev)
        earlier = read_speaker(tokens, *span) if span and span[0] >= lo else None
        if earlier is not None and earlier.kind == "person" and " " in earlier.name:
            # "Sen. Thomas Breckner, Republican of Indiana, ...": party and state, not a name
            earlier.title = earlier.title or " ".join(t.text for t in inner)
            return earlier
    of = next((k for k in range(prev + 3, comma - 1) if tokens[k].lower == "of"), None)
    if of is not None and all(t.kind == "w" and is_cap(t.text) or t.lower in {"of", "and", "&"}
                              for t in inner) and person_like(tokens[prev + 1:of]):
        # "His lawyer, Lubinda Munalula of Munalula and Associates, said": a name, then the firm
        named = read_speaker(tokens, prev + 1, of)
        if named is not None and named.kind == "person":
            named.affiliation = " ".join(t.text for t in tokens[of + 1:comma])
            span = phrase_before(tokens, prev)
            role = read_speaker(tokens, *span) if span and span[0] >= lo else None
            named.title = named.title or (role.title or role.name if role is not None
                                          and role.kind == "nominal" else None)
            return named
    if all(t.kind == "w" and (is_cap(t.text) or t.lower in PARTICLES
                              or BASED_IN.fullmatch(t.text)) for t in inner):
        # ("The ship's operator, St Petersburg-based Sevmor Line, said")
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


def _known_only_as(tokens: list[Token], lo: int, comma: int) -> Speaker | None:
    """`a 58-year-old retiree who wanted to be known only as Mdm Tan, said`, `a nurse who gave
    her name only as Grace, said`, `a studio owner who asked to be identified only by her
    nickname, Ploy, said`: the person, by the name they gave."""
    as_ = next((k for k in range(comma - 2, max(lo, comma - 6), -1) if tokens[k].lower == "as"
                and tokens[k - 1].lower in {"only", "identified"}
                # "who asked to be identified only by her nickname, Ploy,"
                or tokens[k].text == "," and tokens[k - 1].lower in {"nickname", "name"}
                and any(t.lower == "by" for t in tokens[max(lo, k - 5):k - 1])), None)
    if as_ is None or not all(t.kind == "w" and t.text[:1].isupper()
                              for t in tokens[as_ + 1:comma]):
        return None  # (not "Machu Picchu Pueblo, also known as Aguas Calientes, said")
    named = read_speaker(tokens, as_ + 1, comma)
    if named is None or named.kind != "person":
        return None
    given = tokens[as_ + 1:comma]  # "Mdm Tan": the name as given, honorific and all
    return Speaker(" ".join(t.text for t in given), given[0].start, given[-1].end, "person",
                   named.title, named.affiliation)


def _after_for_or_of(tokens: list[Token], lo: int, first: int, lead: Speaker) -> bool:
    """Whether the name read before the first comma is a portfolio: "France's Minister for
    European Affairs, Hélène Garnier, told"."""
    k = next((k for k in range(lo, first) if tokens[k].start == lead.start), None)
    return k is not None and k > lo and tokens[k - 1].lower in {"for", "of"}


def _body_in_apposition(tokens: list[Token], a: int, b: int) -> Speaker | None:
    """The body an apposition (tokens a to b) names: "the CSSF", or past one or two words that
    describe it, "the liberal ACLVB" ("Another union, the liberal ACLVB, said")."""
    inner = tokens[a:b]
    cap = next((k for k in range(1, min(len(inner), 4)) if is_cap(inner[k].text)), None)
    if cap is None or inner[0].lower != "the" \
            or not all(t.text.isalpha() and t.text.islower() for t in inner[1:cap]) \
            or not all(is_cap(t.text) for t in inner[cap:]):
        return None
    named = read_speaker(tokens, a + cap, b)
    return named if named is not None and named.kind == "organisation" else None


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
                             or t.lower in PREPOSITIONS or t.lower in _ASIDE_PARTICIPLES
                             or t.lower == "one" and tokens[s + 1].lower == "of"
                             or _role_head(tokens, s, comma)):
            return False
    return True


def _role_head(tokens: list[Token], s: int, comma: int) -> bool:
    """`general director of Vostok Pacific Tours`: lower-case words up to a preposition, the
    last a role."""
    e = s
    while e < comma and tokens[e].kind == "w" and tokens[e].text.islower() \
            and tokens[e].lower not in PREPOSITIONS:
        e += 1
    return s < e <= s + 4 and role_word(tokens[e - 1].lower)


# Verbs by which a restrictive "who" clause reports speech ("nurses who say"), not an offer or
# a deed ("agents who promised them jobs").
_SAYING = {"say", "says", "said", "argue", "argued", "claim", "claimed", "warn", "warned",
           "insist", "insisted", "complain", "complained"}


def _relative_subject(tokens: list[Token], who: int, lo: int) -> Speaker | None:
    """`Marisol Vega, 61, a home health aide, who told members:` -> Marisol Vega."""
    if who - 1 <= lo:
        return None
    if tokens[who - 1].text != ",":
        if tokens[who].lower != "who" or not group_word(tokens[who - 1].lower) \
                or who + 1 >= len(tokens) or tokens[who + 1].lower not in _SAYING:
            return None
        # "according to nurses who say the unit has been "in crisis"": the group the clause
        # picks out
        span = phrase_before(tokens, who)
        return read_speaker(tokens, *span) if span and span[0] >= lo else None
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
    if lo + 1 < upto and tokens[lo].text in {"But", "And", "Yet"}:
        lo += 1  # "But residents of the ward, where ..., say": the sentence's link, no subject
    starts = [lo] + [c + 1 for c in range(lo, upto) if tokens[c].text == ","]
    for s in reversed(starts):
        if s > lo and tokens[s].lower in {"a", "an", "his", "her", "their"}:
            continue  # an apposition: "Mikael Andersen, a labour economist at ..., saw",
            # "Rachel Oduya, her party's critic for consumer affairs, called"
        if tokens[s].lower in PREPOSITIONS:
            continue  # "In a report to the committee, ...": circumstances, not a subject
        if s > lo and tokens[_next_comma(tokens, s, upto) - 1].lower in _UNITS:
            continue  # "The Nigerian Medical Association (NMA), Bauchi State chapter, has said"
        listed = listed_name_start(tokens, s) if s > lo else s
        if listed < s and any(t.lower in {"and", "&"}
                              for t in tokens[s:_next_comma(tokens, s, upto)]):
            # "The Federal Ministry of Research, Technology and Space, which ... said": the
            # name whose remit is listed, read whole
            end = listed_name_end(tokens, listed, s - 1)
            speaker = read_speaker(tokens, listed, end) if end > s else None
            if speaker is not None and speaker.kind == "organisation":
                return speaker
            continue
        j = s
        while j < upto and (np_word(tokens[j]) or weekday_surname(tokens, j)
                            or _role_before_name(tokens, s, j, upto)
                            or joins_body_name(tokens, s, j, upto)):
            j += 1
        if j > s and j + 3 < upto and bracketed_at(tokens, j, upto) \
                and tokens[j + 1].text.isupper() and tokens[j + 3].text == "," \
                and tokens[_next_comma(tokens, j + 3, upto) - 1].lower in _UNITS:
            return read_speaker(tokens, s, j)  # "The Nigerian Medical Association (NMA),
            # Bauchi State chapter, has said": the body, by its name before its initials
        if j > s and j < upto and (tokens[j].kind == "w" and not is_cap(tokens[j].text)
                                   or tokens[j].text == ","):
            age = j - s > 3 and tokens[j - 1].lower in {"his", "her", "their"} \
                and tokens[j - 2].lower == "in"  # "A plant employee in his 40s": no part of it
            end = j - 2 if age else j
            while end > s + 1 and tokens[end - 1].lower in PREPOSITIONS and all(
                    t == upto for t in starts if t > s):
                # "Kessler Chemie to shut ..., cites": the preposition opens what the body
                # does (but "Amsterdam to halve ..., industry warns": the later clause's own)
                end -= 1
            speaker = read_speaker(tokens, s, end)
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


def _role_before_name(tokens: list[Token], s: int, j: int, upto: int) -> bool:
    """`Former umpire Grace Obi`, `Maritime security analyst Inês Valadares`: up to three
    lower-case words between a capitalised modifier and a two-word name are a role, whatever
    the vocabulary says."""
    if not _plain_word(tokens[j]):
        return False
    first = j
    while first > s and _plain_word(tokens[first - 1]) and not is_cap(tokens[first - 1].text):
        first -= 1
    after = j + 1
    while after < upto and _plain_word(tokens[after]) and not is_cap(tokens[after].text):
        after += 1
    return first > s and after - first <= 3 and after + 1 < upto \
        and (after - first == 1 or role_word(tokens[after - 1].lower)) \
        and is_cap(tokens[first - 1].text) and is_cap(tokens[after].text) \
        and is_cap(tokens[after + 1].text)


def _plain_word(t: Token) -> bool:
    """A word that may describe a role: no clause marker, verb or reporting verb."""
    return t.kind == "w" and t.lower.isalpha() and t.lower not in CLAUSE_MARKERS \
        and t.lower not in _FINITE and t.lower not in cue_verbs() \
        and not t.lower.endswith(("ed", "ing"))


MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March"
                    r"|April|May|June|July|August|September|October|November|December")


def _after_dateline(tokens: list[Token], lo: int, upto: int) -> int:
    """Past a dateline that opens the sentence: `SYDNEY, Aug 19 (Reuters) - Australia's ...`,
    `Bengaluru, Mar 18 (PTI) The Karnataka government ...`."""
    credit = next((k for k in range(lo + 1, min(upto - 3, lo + 8)) if tokens[k].text == "("
                   and tokens[k + 1].text.isupper() and tokens[k + 2].text == ")"), None)
    if credit is not None and tokens[credit + 3].text not in {"-", "—", "–", ","} \
            and not tokens[credit + 3].text.islower() and all(
            # (not "The Consumers Network (NECAN) welcomed": a name's initials, then its verb,
            # nor "The Nigerian Medical Association (NMA), Bauchi State chapter, has said")
            t.text[:1].isupper() or t.text.isdigit() or t.text in {",", "."}
            for t in tokens[lo:credit]):
        return credit + 3
    if lo + 4 < upto and tokens[lo].text[:1].isupper() and tokens[lo + 1].text == "," \
            and tokens[lo + 2].text.isupper() and len(tokens[lo + 2].text) > 1 \
            and tokens[lo + 3].text == ":":
        return lo + 4  # "Bengaluru, DHNS: The Karnataka High Court ..."
    if lo + 4 < upto and bracketed_at(tokens, lo, upto) \
            and is_cap(tokens[lo + 1].text) and tokens[lo + 3].text in {"-", "—", "–"}:
        k = lo + 3  # "(Bloomberg) -- Britain's antitrust watchdog ...": the agency, no place
        while k < upto and tokens[k].text in {"-", "—", "–"}:
            k += 1
        return k
    comma = next((k for k in range(lo + 1, min(upto, lo + 4)) if tokens[k].text == ","), None)
    if comma is not None and comma + 3 < upto and all(
            is_cap(t.text) for t in tokens[lo:comma]) \
            and MONTH.fullmatch(tokens[comma + 1].text) and tokens[comma + 2].text.isdigit() \
            and tokens[comma + 3].text in {"-", "—", "–"}:
        return comma + 4  # "Prague, Dec 4 – Russian intelligence services ..."
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
    if dash is None:
        return lo
    while dash + 1 < upto and tokens[dash + 1].text in {"-", "—", "–"}:
        dash += 1  # "LONDON (ICIS)--Kessler Chemie will ...": a dash typed as two hyphens
    return dash + 1


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
        head = appos.split()[0].lower()
        if speaker.kind == "organisation" and named_like_a_body(speaker.name) \
                and role_word(head) and head not in ORG_NOUNS:
            speaker.kind = "person"  # "Bev Steel, chair of the supporters' trust": a person


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
    same sentence, is the reporter's: the clause's speaker said it too ("said A, while B was
    happening "right now"") unless someone else is said to say something in between."""
    for before, q in zip(quotes, quotes[1:]):
        if q.speaker is None and q.kind == "partial" and before.kind == "indirect" \
                and before.speaker is not None and before.sentence_id == q.sentence_id \
                and (_GOES_ON.match(text, before.end, q.start)
                     or _CLAUSE_GOES_ON.match(text, before.end, q.start)
                     and not any(w.lower() in cue_verbs() or w.lower() in _NAMING
                                 for w in _WORD_RUN.findall(text, before.end, q.start))):
            q.speaker, q.cue, q.how = before.speaker, before.cue, "continuation"


# A reported clause going on to a quoted fragment: ", while the shortage was happening "
_CLAUSE_GOES_ON = re.compile(r",?\s+(?:while|because|as|since|although|though|when|and|but|so|"
                             r"with|even|if|unless|until|after|before|once)\b[^.;:!?\"“”‘’]{0,120}"
                             r"[\"“‘']$")
# Words that put quoted words in the writer's mouth, not the reporter's: so-called "..."
_NAMING = {"so-called", "dubbed", "known", "termed", "nicknamed", "billed", "labelled", "labeled"}


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
tells quits resigns drops sacks suspends bans axes expels fumes rages
""".split())


def _headline_verb(low: str) -> bool:
    """A headline's verb, said of one ("slams") or of many ("Fans Fume", "Residents Slam")."""
    return low in _HEADLINE_VERBS or low + "s" in _HEADLINE_VERBS or low + "es" in _HEADLINE_VERBS


def _echoed(text: str, quotes: list[_Quote], headlines: set[int]) -> None:
    """A headline's quoted words with no speaker there are the words of whoever says them in
    the body: "Wrenfield to close 24 stores after 'tough' Christmas" when the body has "it
    said trading over Christmas had been "tough"". Quoted words no one says in the body stay
    scare quotes."""
    body = [(_words_of(text[q.start:q.end]), q) for q in quotes
            if q.paragraph_id not in headlines and q.actor is not None and q.kind != "indirect"]
    for q in quotes:
        if q.paragraph_id in headlines and q.actor is None and q.kind != "indirect":
            words = _words_of(text[q.start:q.end])
            said = next((b for w, b in body if words and f" {words} " in f" {w} "), None)
            if said is not None:
                q.speaker, q.cue, q.how, q.actor = said.speaker, None, "headline", said.actor


def _words_of(quoted: str) -> str:
    """Quoted words, compared without case, punctuation or the kind of apostrophe."""
    return " ".join(_WORD_RUN.findall(quoted.lower().replace("’", "'")))


_WORD_RUN = re.compile(r"[\w'-]+")  # a word, hyphens and straight apostrophes in it


def _headline_speaker(quote: _Quote, tokens: list[Token], p: int, text: str) -> None:
    """A headline quote without a reporting verb belongs to the name that opens the headline
    right before it: `Kenzie Vale ‘not OK’ as fans boo ...`, `Dominic Fairlie: ‘I will not
    ...’`, `Fenwick ‘embarrassed’ ...` where the article names Isla Fenwick, or before a colon
    that opens it: `Kettle: recovery plan will mean ‘difficult choices’`. ``tokens[p]`` is
    the quote's token."""
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
    if p == 0 and len(tokens) > 3 and tokens[1].text in {":", "–", "—"}:
        # "'We will not be bullied': Mayor defends congestion charge", "'We are not in crisis'
        # – Hutchinson defends dengue response": who the headline names
        span = phrase_after(tokens, 1)
        verb = next((k for k in range(span[0] + 1, span[1]) if _headline_verb(tokens[k].lower)),
                    None) if span else None
        if verb is not None and verb - span[0] > 1 and group_word(tokens[verb - 1].lower):
            # "'We Were Robbed': Rovers Fans Fume As ...": the club's fans, title case undone
            first, last = tokens[span[0]], tokens[verb - 1]
            speaker = Speaker(text[first.start:last.start] + last.lower, first.start, last.end,
                              "group")
        else:
            speaker = read_speaker(tokens, span[0], verb or span[1]) if span else None
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
    # the name that opens the headline, or its last clause: "Lake omitted from Test squad,
    # ABCA 'baffled'"
    i = next((k + 1 for k in range(p - 1, 0, -1) if tokens[k].text == ","), 0)
    j = i
    while j < p and tokens[j].kind == "w" and is_cap(tokens[j].text):
        j += 1
    if j == i or not (j == p or tokens[j].text == ":" and (j == p - 1 or j <= 3)) \
            or any(t.text in _TITLE_CASE_SMALL for t in tokens[i + 1:j]):
        return  # (a Title Case headline: "... Gets Five Years For Working With 'Undesirable' ...")
    speaker = read_speaker(tokens, i, j)
    # A full name or a body's name, not a topic: "Brexit ‘betrayal’ row deepens"; people
    # ("Residents ‘cut off’ after council shuts footbridge")
    if speaker is not None and (speaker.kind == "person" and " " in speaker.name
                                or speaker.kind in {"organisation", "group"}
                                or j == i + 1 and re.search(
                                    _SURNAME_OF.format(re.escape(speaker.name)), text)):
        quote.speaker, quote.how = speaker, "headline"


# Words after a paragraph's first noun phrase that make it an opening adverbial: "Hours after
# the announcement, he ...", "Minutes before the vote, ...", "Days later, ..."
_ADVERBIAL_LINKS = frozenset({"after", "before", "later", "earlier", "into", "since"})


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
    comma = next((c for c in range(j, min(hi, j + 8)) if tokens[c].text == ","), None)
    if j < hi and tokens[j].lower in _ADVERBIAL_LINKS and comma is not None:
        # "Hours after the announcement, he posted a message": an opening adverbial, then the
        # subject
        j = lo = comma + 1
        while j < hi and np_word(tokens[j]):
            j += 1
        speaker = read_speaker(tokens, lo, j) if j > lo else None
        return speaker if speaker is not None and (
            speaker.kind in {"person", "organisation"}
            or speaker.kind == "pronoun" and speaker.name.lower() in {"he", "she"}) else None
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


# Words that may follow the verb of an attribution placed after what was said:
# "Fares will rise, the Transport Secretary confirmed yesterday."
# The days a report is said on: "said Thursday", "confirmed yesterday".
DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "yesterday", "today", "tonight"}
_AFTER_ATTRIBUTION = DAYS | {"on", "in", "a", "an", "the", "statement", "last", "night", "week",
                             "this", "month", "weekend",
                             "later", "earlier", "by", "phone", "email", "interview", "morning",
                             "evening", "afternoon", "also", "late", "early", "news", "press",
                             "media", "release", "conference", "briefing", "filing", "with",
                             "written", "his", "her", "its", "their", "at"}


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
                                     "repeatedly", "filings", "papers", "records",
                                     # "said from the bench that", "told the chamber from
                                     # the dispatch box that"
                                     "bench", "podium", "stage", "pulpit", "floor", "dock",
                                     "stand", "witness", "box", "lectern", "chamber",
                                     "dispatch"}
_PARTICIPLES = {"noting", "saying", "adding", "arguing", "warning", "insisting", "claiming",
                "explaining", "stressing", "alleging", "contending", "acknowledging",
                "conceding", "asserting", "maintaining", "predicting", "promising", "vowing",
                "writing", "stating", "declaring", "admitting", "complaining", "recalling",
                "cautioning", "announcing", "countering", "chanting", "shouting", "telling",
                "calling", "describing", "accusing", "urging", "branding", "labelling", "citing",
                "dubbing", "praising", "blaming", "ruling", "testifying", "pointing", "observing",
                "reiterating", "emphasising", "emphasizing"}


# Auxiliaries and modals that make a finite clause of what comes before them.
_FINITE = {"had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "can",
           "should", "might", "may", "must", "did", "does", "do"}


def _that_after_circumstances(tokens: list[Token], c: int, hi: int) -> int | None:
    """`acknowledged at his news conference on Thursday that ...`: the "that" after words of
    place, time and medium, or None."""
    # ("in a filing with the Nigerian Exchange (NGX) on Thursday that", "in a letter to the
    # minister, seen by Reuters, that": initials and an aside inside the circumstances)
    that = next((k for k in range(c, min(hi, c + 16)) if tokens[k].lower == "that"
                 and all((t.kind == "w" or t.text in {"(", ")", ","})
                         and (t.lower not in CLAUSE_MARKERS
                              or t.lower == "after" and n + 1 < k
                              and tokens[n + 1].lower in DETERMINERS)
                         for n, t in enumerate(tokens[c:k], c))),
                None)  # ("in a statement after the sentencing that": "after" the noun's)
    if that is not None and all(t.lower in _BEFORE_THAT or is_cap(t.text)
                                or t.lower.endswith("ly")
                                for t in tokens[c:that]):
        return that  # "said privately that", "told reporters on Friday that"
    if that is not None and tokens[c].lower in {"at", "in", "on", "during", "after", "to"} \
            and not any(
            t.lower in _FINITE or t.lower in _MODALS or _is_cue(t) and t.lower not in _BEFORE_THAT
            for t in tokens[c:that]):  # ("on the same call that": a call, not a verb)
        return that  # "said at a regular briefing that", "in a rare televised address that"
    return None


_BETWEEN_VERB = {"has", "have", "had", "also", "later", "then", "previously", "reportedly"}
# "wrote that she had apologised and would "come back better"": a second verb of the report
_NOUN_CUES = {"call", "calls", "claim", "claims", "reply", "replies", "posts", "tweet", "tweets"}
_SURNAME_OF = r"\b[A-Z][a-z]+\s+{}\b"  # "Isla Fenwick": the headline's "Fenwick" is a person
_MODALS = {"would", "will", "could", "should", "might", "can", "may", "must"}
# Participles that open an aside about a body: "..., based in Soubre, said".
# ", and asked not to be named,", ", and spoke on condition of anonymity,": an aside about the
# speaker named before it
# ", Bauchi State chapter,": which part of the body named before speaks; the body does
_UNITS = {"chapter", "branch"}
_ANONYMITY_ASIDES = {"asked", "spoke", "declined", "requested", "who"}
# How a statement came out, which may also follow a report's verb: "said in a statement
# released late on Thursday".
ISSUED = frozenset({"released", "issued", "published", "posted", "distributed", "circulated",
                    "sent"})
_ASIDE_PARTICIPLES = ISSUED | {"based", "founded", "headquartered", "led", "known", "owned",
                               "run", "formed", "created", "backed", "obtained", "seen", "filed",
                               "dated", "leaked", "signed", "reviewed", "drafted", "prepared",
                               "commissioned", "carried", "broadcast", "printed", "tabled",
                               "presented", "submitted", "delivered", "compiled",
                               "written", "produced", "conducted", "authored"}
