"""Reported speech without quote marks: "the minister said that ...", found in each sentence
and given its speaker and cue."""

from __future__ import annotations

import re

from . import tokenise
from .attribution import (
    _AFTER_ATTRIBUTION,
    _BEFORE_THAT,
    _BETWEEN_VERB,
    _FINITE,
    _MODALS,
    _PARTICIPLES,
    _PASSIVE,
    DAYS,
    ISSUED,
    MONTH,
    _adds_amount,
    _after_dateline,
    _clause_subject,
    _cue_right,
    _is_cue,
    _Quote,
    _speaker_after,
    _subject_of,
    _that_after_circumstances,
)
from .speakers import (
    BASED_IN,
    CLAUSE_MARKERS,
    DETERMINERS,
    INDIRECT_CUES,
    MEDIA_NOUNS,
    OBJECT_PRONOUNS,
    ORG_NOMINALS,
    ORG_NOUNS,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    THAT_CUES,
    WEEKDAYS,
    Speaker,
    Token,
    _joins_names,
    apposition_after,
    bracketed_at,
    cue_verbs,
    determiner_before,
    group_word,
    is_cap,
    listed_name_end,
    np_word,
    phrase_after,
    phrase_before,
    possessive_owner,
    read_speaker,
    role_word,
    token,
)


def _sentence_at(sents: list[tokenise.Sentence], offset: int) -> int:
    for s in sents:
        if s.start <= offset < s.end:
            return s.sentence_id
    before = [s for s in sents if s.start <= offset]
    return (before[-1] if before else sents[0]).sentence_id if sents else -1


def _attribution_ends(tokens: list[Token], j: int, hi: int) -> bool:
    """Whether the sentence ends after the speaker phrase ending at ``j``, but for an
    apposition and the circumstances of the report: `said Mary Jones, a spokeswoman for the
    firm.`, `says X in a statement.` In `said the plan would fail` the phrase is a subject."""
    k = j
    if k + 1 < hi and tokens[k].text == "," and tokens[k + 1].lower in {"who", "whose"}:
        return True  # "reckons Tom Avery, who covers the industry at Bernstein"
    if k < hi and tokens[k].text == ",":
        if apposition_after(tokens, k) is None and not _long_apposition(tokens, k, hi):
            return False
        k = next((n for n in range(k + 1, hi) if tokens[n].kind != "w"
                  or tokens[n].lower in CLAUSE_MARKERS), hi)
        if k < hi and tokens[k].kind == "w":
            return True  # "said Ana Ribeiro, a union organiser who ...": a relative clause
    while k < hi and _after_report(tokens[k]):
        k += 1
    return k >= hi or tokens[k].kind == "s" or tokens[k].text in {".", ";", "!", "?"}


def _long_apposition(tokens: list[Token], comma: int, hi: int) -> bool:
    """`said Ravi Shenoy, an analyst at the Center for Automotive Research in Ann Arbor.`: a
    role and where it is held, longer than a speaker's apposition mostly is, to the sentence's
    end."""
    if comma + 3 >= hi or tokens[comma + 1].lower not in {"a", "an", "the"} \
            or not any(role_word(t.lower) for t in tokens[comma + 2:comma + 5]):
        return False
    end = next((n for n in range(comma + 1, hi) if tokens[n].kind != "w"
                or tokens[n].lower in CLAUSE_MARKERS or tokens[n].lower in _FINITE), hi)
    return end - comma <= 20 and (end == hi or tokens[end].text == ".")


# Verbs that open a predicate going on after "and" or "but" without its subject ("do" opens
# questions and emphasis more often than reports).
_AUXILIARIES = _FINITE - {"did", "does", "do"}
# Words ending in "ed" that are no verb after "and": "and need", "and speed"
_NOT_PAST_ED = {"need", "speed", "seed", "bed", "red", "shed", "feed", "greed", "weed"}


def _after_report(tok: Token) -> bool:
    """A word of the circumstances after a report's verb: "said in a statement on Feb 10"."""
    return tok.kind == "w" and (tok.lower in _AFTER_ATTRIBUTION or tok.lower in ISSUED
                                or _DATE_WORD.fullmatch(tok.text) is not None)


# Dates after a report's verb: "said on Feb 10", "said on March 3rd"
_DATE_WORD = re.compile(r"\d{1,2}(?:st|nd|rd|th)?|" + MONTH.pattern)


def _indirect(text: str, frames: dict[int, list[Token]],
              by_para: dict[int, list[tokenise.Sentence]]) -> list[_Quote]:
    """Reported speech without quote marks: `Russian diplomats denied accusations that ...`."""
    found = []
    for pid, tokens in frames.items():
        sents = by_para.get(pid, [])
        lo = 0
        # Each sentence runs to the next break token, or to the paragraph's end.
        for hi in [n for n, t in enumerate(tokens) if t.kind == "s"] + [len(tokens)]:
            if hi - lo > 4:
                found.extend(_indirect_in(text, tokens, lo, hi, pid, sents))
            lo = hi + 1
    return found


_NEGATIONS = {"not", "never", "n't", "no"}


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
_INDIRECT_TRIGGERS = INDIRECT_CUES | _PARTICIPLES | {
    ",", "after", "before", "while", "with", "according", "and", "but", "fought", "pushed", "hit",
    "struck", "pointed", "points", "pointing"}


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
                # (not "blaming low prices", "citing security concerns": a thing named, no
                # clause reported)
                if tokens[c].lower != "that" and (
                        tokens[v + 1].lower not in _OBJECT_PARTICIPLES
                        or _clause_follows(tokens, c, hi)):
                    stop = _clause_end(tokens, c, hi)
                    quoted = _has_quote(tokens, c, stop)
                    end = _before_and_that(tokens, c, stop) if quoted else stop
                    if end is not None and end - v > 4:
                        found.append(_indirect_quote(text, tokens[c].start,
                                                     _content_end(tokens, end), subject,
                                                     tokens[v + 1].text, pid, sents))
                    skip_to = c if quoted else stop  # "and that B" may follow the fragment
                    continue
        # The comma before the participle, or one inside the marks of the quote before it:
        # 'should compensate restaurants "for lost business," adding that ...'
        comma = v if tok.text == "," else v - 1 if tok.lower in _PARTICIPLES \
            and tokens[v - 1].kind == "q" and tokens[v - 1].text.endswith(",") else None
        after = None  # where the clause may start: after the participle, or "pointing out"
        if comma is not None and comma + 2 < hi:
            after = comma + 3 if comma + 3 < hi and tokens[comma + 2].lower == "out" else comma + 2
        telling = after is not None and tokens[comma + 1].lower == "telling"
        listened = _past_listener(tokens, comma + 2, hi) if last and telling else None
        if last and after is not None and tokens[comma + 1].lower in _PARTICIPLES \
                and (tokens[after].lower == "that" or _clause_follows(tokens, after, hi)
                     or listened is not None):
            # "..., noting that one in four trains arrived late.", "dismissed the letter,
            # saying the modelling had been reviewed", "..., pointing out that the firm had",
            # "denied it, telling the court that investigators had to trace payments"
            c = after + 1 if tokens[after].lower == "that" else after
            if telling:
                c = listened or c
            if c >= hi:
                continue  # "..., observing that" where the text stops: nothing is reported
            stop = _clause_end(tokens, c, hi)
            if not _has_quote(tokens, c, stop):
                found.append(_indirect_quote(text, tokens[c].start, _content_end(tokens, stop),
                                             last[0], tokens[comma + 1].text, pid, sents))
                skip_to = stop
            else:  # "saying that A 'on its merits' and that B": B is reported on its own
                split = _before_and_that(tokens, c, stop)
                if split is not None:
                    found.append(_indirect_quote(text, tokens[c].start, _content_end(tokens, split),
                                                 last[0], tokens[comma + 1].text, pid, sents))
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
            if span is None and v + 3 < hi and tokens[v + 2].lower in OBJECT_PRONOUNS \
                    and tokens[v + 3].text == ",":
                span = v + 2, v + 3  # "According to her, ...": "her" is no determiner here
            if span and tokens[span[1] - 1].text.islower() \
                    and tokens[span[1] - 1].lower.endswith("ed"):
                # "according to a survey of 2,000 drivers published in May by the Institute for
                # Road Safety, ...": the participle's phrase, to the comma, says who made it
                end = next((k for k in range(span[1], min(hi, span[1] + 12))
                            if tokens[k].kind != "w"), None)
                if end is not None and tokens[end].text in {",", ".", ";"}:
                    span = span[0], end
            if span:  # "according to the Department of Environment, Tourism, ... and Innovation"
                span = span[0], listed_name_end(tokens, *span)
            owner = next((k for k in range(span[0], span[1] - 1)
                          if tokens[k].text.endswith(_POSSESSIVE)
                          and any(t.lower in _DOCUMENTS for t in tokens[k + 1:min(k + 4,
                                                                                   span[1])])),
                         None) if span else None
            named = next((k for k in range(span[0] + 1, span[1] - 1)
                          if _document_at(tokens, k, span[0]) and is_cap(tokens[k - 1].text)
                          and _maker_after(tokens, k, span[1]) is None),
                         None) if span and owner is None else None
            # (not "according to WARN notices the company filed": the company's)
            own = span is not None and tokens[span[0]].lower in _OWNING_PRONOUNS and any(
                t.lower in _DOCUMENTS for t in tokens[span[0] + 1:min(span[0] + 4, span[1])])
            if own:  # "according to its latest accounts filed at Companies House": its owner
                word = tokens[span[0]]
                speaker = Speaker(_OWNING_PRONOUNS[word.lower], word.start, word.end, "pronoun")
            elif owner is not None:  # "according to the regulator's filing": the regulator
                phrase = tokens[span[0]:owner] + [_owner_token(tokens[owner])]
                speaker = read_speaker(phrase, 0, len(phrase))
            elif named is not None:  # "according to a Boston Public Schools memo obtained by
                first = named - 1    # the Globe": the schools
                while first > span[0] and (is_cap(tokens[first - 1].text) or first - 1 > span[0]
                                           and tokens[first - 1].lower in {"of", "for", "and"}
                                           and is_cap(tokens[first - 2].text)):
                    first -= 1
                speaker = read_speaker(tokens, first, named)
            else:
                source = _source(tokens, span) if span else None
                speaker = read_speaker(tokens, *source) if source else None
                if speaker is not None and speaker.kind == "nominal" and source[1] == span[1]:
                    # "according to data from the country's grid operator, the Coordinador
                    # Eléctrico Nacional (CEN)": the body the description is followed by
                    speaker = _named_after(tokens, span[1], hi) or speaker
                if source and source[1] - source[0] == 1 \
                        and tokens[source[0]].lower in _DOCUMENTS:
                    # "according to a study published in ...": the study speaks for its
                    # authors, whom the article then calls "the researchers"
                    doc = tokens[source[0]]
                    speaker = Speaker("researchers", doc.start, doc.end, "group", doc.text) \
                        if doc.lower in {"study", "paper", "research"} \
                        else Speaker(doc.text, doc.start, doc.end, "nominal", doc.text)
            if speaker is None and span:
                speaker = _cited_name(tokens, *span)
            if speaker is None and span and span[1] - span[0] == 1 \
                    and tokens[span[0]].lower in OBJECT_PRONOUNS:
                # "According to him, air defence units shot down 19 drones": he reports it
                him = tokens[span[0]]
                speaker = Speaker(OBJECT_PRONOUNS[him.lower], him.start, him.end, "pronoun")
            if speaker is None:
                continue
            if v > lo + 2:  # "..., according to X."
                # the whole sentence: "A, and B, according to X" reports both
                first = _after_dateline(tokens, lo, v)
                start, stop = first, v - 1 if tokens[v - 1].text == "," else v
            else:  # "According to X, ..."
                after = span[1]
                if tokens[after - 1].text.endswith(_POSSESSIVE):
                    # "According to the union's last published accounts, the FRU ...": what
                    # is reported follows the owner's document
                    after = next((k for k in range(after, min(after + 6, hi))
                                  if tokens[k].kind != "w"), after)
                if bracketed_at(tokens, after, hi):
                    after += 3  # "According to the Vietnam Leather, ... Association (LEFASO),"
                start = after + (1 if after < hi and tokens[after].text == "," else 0)
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
                if speaker.kind == "person":  # (not "According to the complaint, a
                    start = _past_aside(tokens, start, hi)  # firefighter who ..., found")
                stop = _clause_end(tokens, start, hi)
            if start < stop and not _has_quote(tokens, start, stop):
                found.append(_indirect_quote(text, tokens[start].start,
                                             _content_end(tokens, stop), speaker,
                                             "according to", pid, sents))
            elif start < stop:  # 'According to her, the people "welcome the rice", but they
                # deserve to be consulted': the clauses around the quoted words
                found.extend(_around_quotes(text, tokens, start, stop, speaker, "according to",
                                            pid, sents))
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
                or tokens[v - 1].lower in _PASSIVE or tokens[v - 1].lower in DETERMINERS \
                and not _some_of_them(tokens, v - 1) \
                or tok.lower == "say" and tokens[v - 1].lower in _SAY_AS_NOUN:
            # (nor "the rules were", "its claims", "keep the final say over": nouns)
            continue
        if v >= lo + 2 and tokens[v - 1].lower == "to" and tokens[v - 2].lower in _REFUSALS:
            continue  # "declined to say"
        if v > lo and tokens[v - 1].lower in PREPOSITIONS and tokens[v - 1].lower != "to":
            continue  # "to go to trial on claims that ...": a noun after its preposition
        if _inside_later_report(tokens, lo, hi, v):
            continue  # "Doctors have rejected the offer, the BMA said.": the BMA's report
        attribution = _attributes_quote(tokens, lo, v) \
            and not _inside_clause(tokens, _quote_before(tokens, lo, v), lo)
        if not attribution and v > lo + 3 and tokens[v - 1].text == "," \
                and tok.lower not in _TELLING \
                and not (v + 1 < hi and tokens[v + 1].lower in PREPOSITIONS):
            # (not "..., Serhii Honcharenko, reported on Telegram.": the subject is before)
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
                    and not _has_quote(tokens, start, v - 1) \
                    and not _subject_and_aside(tokens, start, v - 1, v):
                found.append(_indirect_quote(text, tokens[start].start,
                                             _content_end(tokens, v - 1), inverted, tok.text,
                                             pid, sents))
                last = (inverted, tok.text)
                continue
        speaker = (_cue_right(tokens, _quote_before(tokens, lo, v), lo, hi) or (None,))[0] \
            if attribution else _subject_of(tokens, v, max(lo, skip_to))
        if speaker is None and last and tokens[v - 1].lower in {"and", "but"}:
            speaker = last[0]  # "He acknowledged ..., but insisted no trader had acted"
        if speaker is None and v - 2 >= lo and tokens[v - 1].lower == "who" \
                and tokens[v - 2].kind == "w" and tok.lower in {"said", "says", "told", "tells"}:
            # "a mother of six who said she had registered": the relative needs no comma to
            # have the phrase before it as its subject (but "agents who promised them jobs" is
            # no report, so only the plain verbs of saying)
            span = phrase_before(tokens, v - 1)
            speaker = read_speaker(tokens, *span) if span and span[0] >= lo else None
        if speaker is None or speaker.kind == "nominal" and not speaker.title:
            continue
        if v + 1 < hi and tokens[v + 1].lower in {"nothing", "little", "almost", "anything"} \
                and not (v + 2 < hi and tokens[v + 2].lower in _FINITE) \
                or _adds_amount(tokens, v) \
                or v + 2 < hi and tokens[v + 1].lower in {"this", "so"} \
                and (tokens[v + 2].lower in PREPOSITIONS or tokens[v + 2].lower in _TRAILING
                     or tokens[v + 2].text in {".", ","}):
            continue  # "had said almost nothing in public about ...", "had added $40 million",
            # "said this in Lusaka yesterday when ...": what was said came before
            # (but "say little has changed": the clause's subject)
        last = (speaker, tok.text)
        if attribution:
            continue  # the quote before is what was said; ", adding that ..." may follow
        before = _reported_before(tokens, lo, hi, v)
        if before is not None and not _subject_and_aside(tokens, *before, v):
            found.append(_indirect_quote(text, tokens[before[0]].start,
                                         _content_end(tokens, before[1]), speaker, tok.text,
                                         pid, sents))
            continue
        c = v + 3 if phrasal else v + 1  # "fought back against ...", "pointed out that ..."
        if tok.lower.startswith("accus") and not (c < hi and tokens[c].lower == "that") \
                or tok.lower.startswith(("deni", "deny")) and c < hi \
                and (tokens[c].lower.endswith("ing")
                     or tokens[c].lower != "that" and not _clause_follows(tokens, c, hi)
                     and not any(t.lower in _DENIED for t in tokens[c:c + 3])):
            continue  # "accused the government of ...", "denied targeting civilians", "was
            # denied bail", "denies six counts of fraud": acts named
        if tok.lower.startswith(("reject", "dismiss")) \
                and not any(t.lower == "that" for t in tokens[c:min(hi, c + 5)]):
            continue  # "rejected a demand to reopen talks": an act; "rejected claims that ...": a report
        if tok.lower.startswith("complain") and c < hi \
                and tokens[c].lower in {"about", "of", "over"} \
                or tok.lower.startswith("describ") and not any(t.lower == "as"
                                                               for t in tokens[c:hi]):
            continue  # "complained about late payments", "described a long wait": acts named
        if tok.lower.startswith(("warn", "caution")) and any(
                tokens[k].lower == "against"
                or tokens[k].lower == "not" and tokens[k + 1].lower == "to"
                for k in range(c, min(hi - 1, c + 4))):
            continue  # "warned jurors not to read ...", "cautioned both sides against ...":
            # directives
        if (tok.lower in THAT_CUES or tok.lower in _CLAUSE_ONLY) and tok.lower not in _TELLING \
                and not (c < hi and tokens[c].lower == "that") \
                and not _clause_follows(tokens, c, hi) \
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
            elif c + 1 < hi and tokens[c].lower in DAYS and tokens[c + 1].kind == "w" \
                    and tokens[c + 1].lower not in _FINITE:
                c += 1  # "said Thursday its profit rose": the day is when it was said
            elif c < hi and tokens[c].lower in PREPOSITIONS and not _counting(tokens, c, hi):
                # "said in a statement on Tuesday it would seek ...": past the circumstances
                c = next((k for k in range(c + 2, min(hi, c + 9))
                          if (tokens[k].lower in _SUBJECT_STARTS or is_cap(tokens[k].text))
                          and tokens[k - 1].lower not in DETERMINERS
                          and tokens[k - 1].lower not in PREPOSITIONS
                          and _clause_follows(tokens, k, hi)
                          and all(t.lower in _BEFORE_THAT or is_cap(t.text)
                                  for t in tokens[c:k])), c)
        if c + 4 < hi and tokens[c].text == "," and tokens[c + 1].lower in _ASIDE_ADVERBS \
                and tokens[c + 2].text == "," and tokens[c + 3].lower == "that":
            c += 4  # "She said, however, that the move would take time"
        if c >= hi - 1 or tokens[c].kind == "p" \
                or tokens[c].lower in PREPOSITIONS and not _counting(tokens, c, hi) \
                and not _fronted(tokens, c, hi):
            continue  # "warns of fire risk", "said, adding that": no reported clause follows
        stop = _clause_end(tokens, c, hi)
        if v >= lo + 2 and (tokens[v - 1].lower == "which" and tokens[v - 2].text == ","
                            or tokens[v - 1].lower == "who"):
            # "Kilat, which says it has 1.4 million drivers, is one of three apps": the report
            # ends with the relative clause, where the main clause's verb follows a comma
            # ("a customer who said she shopped there daily, told the paper": a cue or a past)
            stop = next((k for k in range(c + 2, stop - 1) if tokens[k].text == ","
                         and (tokens[k + 1].lower in _FINITE or tokens[k + 1].lower in _PAST
                              or _is_cue(tokens[k + 1]))), stop)
        if _has_quote(tokens, c, stop):
            found.extend(_around_quotes(text, tokens, c, stop, speaker, tok.text, pid,
                                        sents))
            continue
        start, end = tokens[c].start, _content_end(tokens, stop)
        if len(text[start:end].split()) < 3 or tokens[c].lower in {"whether", "if"} \
                or all(t.lower in _BEFORE_THAT or t.kind == "p" for t in tokens[c:stop]):
            continue  # reported questions are not reported speech; nor is "said in a statement"
        found.append(_indirect_quote(text, start, end, speaker, tok.text, pid, sents))
        skip_to = stop
    return found


def _around_quotes(text, tokens, c, stop, speaker, cue, pid, sents) -> list[_Quote]:
    """The reported clauses of a report from ``c`` to ``stop`` that holds quoted words: those
    before, between and after the quotes, each without quote marks."""
    found: list[_Quote] = []
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
                       or (tokens[k + 1].lower in _FINITE
                           or tokens[k + 1].lower.endswith("ed")
                           and tokens[k + 1].text.islower()
                           and tokens[k + 1].lower not in _NOT_PAST_ED
                           # ('said the agency backed the clean-up but hoped the city would
                           # "..."': after "but", a verb in the past goes on from a clause)
                           and (tokens[k].lower == "but"
                                or any(t.lower in _FINITE for t in tokens[c + 1:k])))
                       # 'said ministers had provided £7.8m and remained "committed
                       # to ..."': a clause of its own, then a second verb for it
                       # 'said the fault was found and engineers needed "several
                       # days"': a clause of its own, then one with a new subject
                       or _subject_and_verb(tokens, k + 1, first_q)
                       and any(t.lower in _FINITE for t in tokens[c + 1:k]))), None)
    # "said it respected the decision but warned that the ban could push ... "...""
    if split is None:  # "... since 1784, a date X describes as "family pride"."
        # The aside must run to the quote: in 'said the estimate, which covers stage 2, was
        # "under review"' the clause goes on after it, and only the quoted words are reported.
        aside = max((k for k in range(c + 5, first_q) if tokens[k].text in {",", "–", "—"}),
                    default=None)
        # (", something X calls "..."" sums up the report like "a date")
        if aside is not None \
                and tokens[aside + 1].lower in {"a", "an", "which", "who", "something"}:
            split = aside
    if split is None and first_q - c > 3 and tokens[first_q - 1].text == ":" \
            and _clause_follows(tokens, c, first_q - 1):
        split = first_q - 1  # 'said the shutdowns had no legal basis: "There is ..."'
    if split is not None:
        found.append(_indirect_quote(text, tokens[c].start, _content_end(tokens, split),
                                     speaker, cue, pid, sents))
    last_q = max(k for k in range(c, stop) if tokens[k].kind == "q")
    for k in range(first_q + 1, last_q - 3):
        # 'said it remained "open to dialogue" and that it would not suspend the
        # platform, which it described as "irreversible"': the clause between
        # (or a list: 'said it "deeply regrets" the incident, that the case ...')
        if tokens[k].lower in {"and", "but", ","} and tokens[k + 1].lower == "that":
            end = next(e for e in range(k + 2, last_q + 1) if tokens[e].kind == "q"
                       or tokens[e].text == "," and tokens[e + 1].lower in {"which", "who"}
                       or tokens[e].lower in {"and", "but"}
                       and tokens[e + 1].lower == "that")
            if end - (k + 2) >= 3 and tokens[end].kind != "q":
                found.append(_indirect_quote(text, tokens[k + 2].start,
                                             _content_end(tokens, end), speaker, cue,
                                             pid, sents))
    # (or 'said the delay was "frustrating" but the council had no intention of ...': a
    # clause with its own subject goes on under the same cue after "but" too; not 'but
    # it gave no details', where the writer goes on about the speaker)
    joint = last_q + 1
    if joint + 2 < stop and tokens[joint].lower in {"and", "but"} \
            and _clause_follows(tokens, joint + 1, stop) \
            and not (tokens[joint].lower == "but" and tokens[joint + 1].lower in PRONOUNS) \
            and not any(_is_cue(t) or t.lower in {"whether", "if"}
                        for t in tokens[joint + 1:joint + 5]):
        # 'said that was "a fair question" and officials were looking at it'
        found.append(_indirect_quote(text, tokens[joint + 1].start,
                                     _content_end(tokens, stop), speaker, cue, pid,
                                     sents))
    elif (conj := next((k for k in range(last_q + 1, stop - 3)
                        if tokens[k].lower in {"and", "but"}), None)) is not None \
            and tokens[conj + 1].lower in _AUXILIARIES \
            and not _has_quote(tokens, conj, stop) \
            and not any(_is_cue(t) or t.lower in _PARTICIPLES
                        for t in tokens[last_q + 1:conj]) \
            and not any(_is_cue(t) for t in tokens[conj + 1:conj + 6]):
        # 'said ERP was "long overdue" and would finally give the city a way to ...':
        # the reported clause goes on, its subject unsaid
        found.append(_indirect_quote(text, tokens[conj + 1].start,
                                     _content_end(tokens, stop), speaker, cue, pid,
                                     sents))
    return found


_DOCUMENTS = {"filing", "filings", "memo", "results", "report", "reports", "statement", "data",
              "figures", "analysis", "accounts", "study", "survey", "estimate", "estimates",
              "lawsuit", "complaint", "indictment", "documents", "records", "letter", "website",
              "count", "tally", "calculations", "research", "notice", "notices"}
# What a denial reports when its object is a noun: "denied accusations that ...", "denied
# allegations of favouritism" (not "denied bail", "denies two counts of fraud").
_DENIED = {"accusations", "allegations", "claims", "reports", "suggestions", "rumours",
           "rumors", "speculation"}
# Adjectives of "say" the noun: "the final say over the budget", "a greater say in".
_SAY_AS_NOUN = {"final", "last", "greater", "bigger", "real", "equal"}
# Cues that name a thing as often as they report: "maintains 3,000 troops", "conceded two
# goals", "explained his aims", "replays suggested"; a report only with a clause after them.
_CLAUSE_ONLY = {"maintained", "maintains", "conceded", "concedes", "explained", "suggested"}
# Whose document a possessive determiner makes it: "according to its accounts" is its
_OWNING_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she"}
# Verbs that take a listener before what was said: "assured aggregators that ...".
_TELLING = {"told", "tells", "assured", "assures", "informed", "informs", "reminded", "reminds",
            "briefed", "promised", "warned"}
_SUBJECT_STARTS = {"he", "she", "it", "they", "we", "i", "there", "the", "a", "an", "its", "his",
                   "her", "their", "this", "these", "no", "all", "some"}
_LISTENERS = {"court", "jury", "meeting", "committee", "hearing", "audience", "crowd", "media",
              "press", "panel", "inquiry", "tribunal", "board", "council", "house", "senate",
              "legislature", "parliament", "assembly", "chamber", "congress", "conference",
              "summit", "forum", "rally", "commission"}
_ASIDE_ADVERBS = {"however", "though", "moreover", "too", "also", "nevertheless", "meanwhile"}
_REFUSALS = {"declined", "refused", "failed", "declines", "refuses", "wouldn't", "would"}


# Participles whose object is mostly a thing named, not a clause: "blaming low prices".
_OBJECT_PARTICIPLES = {"blaming", "citing", "promising", "accusing", "ruling", "praising",
                       "urging"}
# Participles that report what their subject says: "with officials saying ...".
_SAYING = {"saying", "arguing", "warning", "insisting", "claiming", "noting", "complaining",
           "predicting", "stressing", "contending"}


def _past_aside(tokens: list[Token], start: int, hi: int) -> int:
    """Where what was said begins after "According to X," when an aside about X comes first:
    "According to Rep. Yoo Dong-chan, who attended the briefing, the NIS ...", "According to
    Jane Smith, a researcher at the council, the camps ..."."""
    if not (0 < start < hi and tokens[start - 1].text == ","):
        return start
    close = next((k for k in range(start + 1, min(hi - 2, start + 16))
                  if tokens[k].text == "," or tokens[k].kind == "q"), None)
    if close is None or tokens[close].text != ",":
        return start
    aside = tokens[start:close]
    if aside[0].lower in {"who", "whose"} or aside[0].lower in {"a", "an"} and any(
            role_word(t.lower) for t in aside[1:4]) and all(t.kind == "w" for t in aside):
        return close + 1
    return start


def _subject_and_aside(tokens: list[Token], start: int, comma: int, v: int) -> bool:
    """Whether the words from ``start`` to ``comma`` are the subject of the verb at ``v`` and an
    aside about it, not a report the verb closes: `Jane Ortiz, a senior analyst at the
    institute, said ...`, `Kinsella, who trains at Hopkins Point, told ...`, `A neighbour, Mrs
    Ada Obi, said ...`."""
    subject = _subject_of(tokens, v, start)
    if subject is None or subject.kind == "pronoun" or subject.end > tokens[comma].start:
        return False
    first = next((k for k in range(start, comma) if tokens[k].start == subject.start), None)
    after = next((k for k in range(start, comma) if tokens[k].end == subject.end), None)
    if first is None or after is None or tokens[after + 1].text != ",":
        return False
    if after + 1 == comma:  # a name in apposition to a role, not the report's last words
        while first > start and is_cap(tokens[first - 1].text):
            first -= 1  # its title: "Mrs", "Dr"
        return subject.kind == "person" and first > start and tokens[first - 1].text == ","
    # (a title may come before the name: "Education Minister Ilze Berzina, whose ...")
    return tokens[after + 2].lower in {"who", "whose", "which", "a", "an", "the"} \
        and all(is_cap(t.text) or t.lower in {"and", "of"} for t in tokens[start:first])


def _before_and_that(tokens: list[Token], c: int, stop: int) -> int | None:
    """Where a reported clause ends before `and that` brings a quoted fragment: `saying no jobs
    would be cut and that the hubs would fill vacancies "that have sat open"`."""
    first_q = next(k for k in range(c, stop) if tokens[k].kind == "q")
    return next((k for k in range(c + 3, first_q) if tokens[k].lower in {"and", "but"}
                 and tokens[k + 1].lower == "that"), None)


def _filed_with(tokens: list[Token], v: int, k: int) -> bool:
    """Whether the capitalised word at ``k`` names where a report after the verb at ``v`` was
    filed: "said in a filing with the BSE"."""
    with_ = next((n for n in range(k - 1, v, -1) if not is_cap(tokens[n].text)
                  and tokens[n].lower not in {"and", "of"}), None)
    if with_ is not None and tokens[with_].lower == "the":
        with_ -= 1
    return with_ is not None and with_ > v and tokens[with_].lower == "with"


def _some_of_them(tokens: list[Token], k: int) -> bool:
    """`welcomed the vote, though some said ...`: "some" stands for the subject's members."""
    return k > 0 and tokens[k].lower in {"some", "many", "most"} \
        and tokens[k - 1].lower in {"though", "although", "but", "while"}


def _subject_and_verb(tokens: list[Token], k: int, end: int) -> bool:
    """`engineers needed`, `the union had`: a subject of one to three words, then its verb."""
    for j in range(k + 1, min(end, k + 4)):
        t = tokens[j]
        if t.kind != "w" or t.lower in PREPOSITIONS or t.lower in CLAUSE_MARKERS:
            return False
        if t.lower in _FINITE or t.lower.endswith("ed"):
            return tokens[k].lower not in _FINITE and not tokens[k].lower.endswith("ed")
    return False


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
    that = next((k for k in range(c, min(hi, c + 16)) if tokens[k].lower == "that"), None)
    if that is not None and (that - c < 10 or tokens[that - 1].lower not in {"and", "but"}
                             and not any(t.kind == "q" or t.lower in _FINITE or t.lower in _PAST
                                         or t.lower in PRONOUNS for t in tokens[c:that])):
        # (a long listener, "told a meeting of its finance committee on Thursday that", holds
        # no clause of its own: not "told Belga the measure would ... and that ...")
        return that + 1
    k = c
    while k + 1 < hi and (tokens[k].lower == "the" or tokens[k].lower in MEDIA_NOUNS) \
            and k - c < 2 and (is_cap(tokens[k + 1].text) or tokens[k + 1].lower in MEDIA_NOUNS):
        k += 1  # ("told the BBC they had ...", "told broadcaster NOS the city would ...")
    start = k
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
    if k + 2 < hi and tokens[k].text.islower() and tokens[k].text.isalpha() \
            and tokens[k + 1].text.islower() and group_word(tokens[k + 1].lower) \
            and _clause_follows(tokens, k + 2, hi):
        return k + 2  # "told board members the district faces ..."
    if c + 2 < hi and tokens[c].lower in {"the", "a"} and (
            role_word(tokens[c + 1].lower) or group_word(tokens[c + 1].lower)
            or tokens[c + 1].lower in _LISTENERS) and _clause_follows(tokens, c + 2, hi):
        return c + 2  # "told the judge the district had cut ..."
    return None


def _fronted(tokens: list[Token], c: int, hi: int) -> bool:
    """`said that on some night shifts there was only one nurse`: after "that", a phrase of
    time or place, then the clause's subject and verb."""
    return c > 0 and tokens[c - 1].lower == "that" and any(
        (tokens[k].lower in _SUBJECT_STARTS or tokens[k].lower in _COUNTED_SUBJECTS)
        and tokens[k - 1].lower not in PREPOSITIONS
        and tokens[k - 1].lower not in DETERMINERS and _clause_follows(tokens, k, hi)
        and all(t.kind == "w" or t.text == "," for t in tokens[c:k])
        for k in range(c + 2, min(hi, c + 8)))


# Subjects that count: "said that on peak days more than 9,000 people had climbed the rock"
_COUNTED_SUBJECTS = {"more", "most", "many", "several", "few", "both", "each", "every", "nearly",
                     "almost", "only", "none"}


def _clause_follows(tokens: list[Token], c: int, hi: int) -> bool:
    """`acknowledged the company had not ...`: a short subject, then a finite verb, so the
    verb's object is a clause, not a thing (`acknowledged the problem`)."""
    if c + 1 < hi and tokens[c].lower in PRONOUNS and tokens[c + 1].kind == "w" \
            and (tokens[c + 1].lower.endswith(("ed", "s")) or tokens[c + 1].lower in _PAST):
        return True  # "it supported the system", "they wants", "it understood the airline's
        # position": a pronoun and its verb
    if c + 3 < hi and tokens[c].lower in {"the", "its", "their"} \
            and tokens[c + 1].text.isalpha() and tokens[c + 1].text.islower() \
            and not tokens[c + 1].lower.endswith("s") and tokens[c + 2].text.isalpha() \
            and tokens[c + 2].text.islower() and tokens[c + 2].lower.endswith("s") \
            and not tokens[c + 2].lower.endswith("ss") and tokens[c + 3].kind == "w":
        return True  # "told board members the district faces a shortfall": a singular noun
        # and a verb in the present
    if c + 3 < hi and tokens[c].lower in {"her", "his", "their", "its", "our", "my"} \
            and tokens[c + 1].text.isalpha() and tokens[c + 1].text.islower() \
            and (tokens[c + 2].lower in _FINITE or tokens[c + 2].lower in _PAST
                 or tokens[c + 2].lower.endswith("ed") and tokens[c + 2].text.islower()):
        return True  # "told Taiwan News her phone buzzed when ...": an owner, a noun, a verb
    for k in range(c, min(hi, c + 8)):
        t = tokens[k]
        if t.lower in _FINITE:
            return k > c and all(np_word(w) or w.kind == "w" and not _marks_clause(tokens, n)
                                 for n, w in enumerate(tokens[c:k], c))
        if t.kind != "w" or _marks_clause(tokens, k):
            return False
    return False


def _marks_clause(tokens: list[Token], k: int) -> bool:
    """Whether the word at ``k`` opens a clause; not "than" in a count ("more than 9,000
    people had climbed")."""
    return tokens[k].lower in CLAUSE_MARKERS and not (
        tokens[k].lower == "than" and k > 0 and tokens[k - 1].lower in {"more", "fewer", "less"})


# Irregular past tenses, which no ending marks: "said in a statement it understood ...".
_PAST = frozenset("""understood knew thought felt saw took made found gave got kept left lost
meant met paid put ran sent set sold spent stood told won went came became began brought bought
built caught chose drove fell fought held hit hurt led let rose shut sought struck taught wrote
""".split())
_LISTENER_OWNERS = POSSESSIVE_DETERMINERS | {"fellow"}
_AUDIENCES = {"reporters", "journalists", "jurors", "lawmakers", "mps", "analysts", "investors",
              "supporters", "parliament", "me", "us", "him", "her", "them"}


def _quote_before(tokens: list[Token], lo: int, v: int) -> int:
    return max(k for k in range(lo, v) if tokens[k].kind == "q")


def _inside_clause(tokens: list[Token], q: int, lo: int) -> bool:
    """Whether the quote at ``q`` is words inside a clause, not a quote the verb after it
    attributes: `Analysts, who moved the stock to "sell" last month, wrote that ...`; what is
    attributed after it opens its sentence or ends with its own punctuation (`"...," he said`)."""
    return q > lo and tokens[q - 1].kind == "w" \
        and not tokens[q].text.rstrip().endswith((",", ".", "?", "!", "…")) \
        and not (q + 1 < len(tokens) and tokens[q + 1].text in {",", "—", "–"})


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


def _named_after(tokens: list[Token], comma: int, hi: int) -> Speaker | None:
    """The body named, after "the", in apposition after ``comma`` at the end of the sentence:
    ", the Coordinador Eléctrico Nacional (CEN)." Else None."""
    if comma + 2 >= hi or tokens[comma].text != "," or tokens[comma + 1].lower != "the":
        return None
    k = comma + 2
    m = k
    while m < hi and tokens[m].kind == "w" and (is_cap(tokens[m].text) or m > k and tokens[m].lower
                                                 in {"of", "for", "and", "de", "del"}):
        m += 1
    if m - k < 2 or not is_cap(tokens[m - 1].text):
        return None
    if bracketed_at(tokens, m, hi):
        m += 3  # its initials
    if m < hi and tokens[m].text not in {".", ";"} and tokens[m].kind != "s":
        return None
    end = m - 3 if tokens[m - 1].text == ")" else m
    return Speaker(" ".join(t.text for t in tokens[k:end]), tokens[k].start, tokens[end - 1].end,
                   "organisation")


def _document_at(tokens: list[Token], k: int, lo: int) -> bool:
    """Whether the word at ``k`` names a document: "figures", "a survey", but not the "Survey"
    of "the U.S. Geological Survey", a capitalised word inside a name."""
    return tokens[k].lower in _DOCUMENTS and not (
        k > lo and tokens[k].text[:1].isupper() and is_cap(tokens[k - 1].text))


def _maker_after(tokens: list[Token], doc: int, j: int) -> int | None:
    """Where the verb of a clause naming who made the document at ``doc`` is: "figures the
    alliance filed", "notices the company filed"; ``None`` if no such clause follows."""
    made = next((k for k in range(doc + 1, min(doc + 5, j)) if tokens[k].text.islower()
                 and tokens[k].lower.endswith("ed")), None)
    return made if made is not None and tokens[doc + 1].lower in {"the", "its", "their"} \
        else None


def _source(tokens: list[Token], span: tuple[int, int]) -> tuple[int, int]:
    """The source within what follows "according to": the body before its document
    ("Ministry of Justice figures", "ministry figures released on Thursday") or the one after
    "by" or "from" ("a survey by polling firm Peilcentrum published on Monday", "figures from
    the Ministry of Agriculture, Irrigation and Livestock"); else all of it."""
    i, j = span
    doc = next((k for k in range(i, j) if _document_at(tokens, k, i)), None)
    if doc is None:
        return span
    by = next((k for k in range(doc + 1, min(doc + 3, j)) if tokens[k].lower in {"by", "from"}),
              None)
    if by is None and (maker := _maker_after(tokens, doc, j)) is not None:
        return doc + 1, maker  # "figures the alliance filed with the court": the alliance's
    made = next((k for k in range(doc + 1, min(doc + 7, j)) if tokens[k].text.islower()
                 and tokens[k].lower.endswith("ed")), None) if by is None else None
    if made is not None:
        # "figures presented to Parliament by the National Student Financial Aid Scheme", "a
        # survey of 1,100 riders published in November by the Institute for Digital Work"
        by = next((k for k in range(made + 1, min(made + 6, j)) if tokens[k].lower == "by"), None)
    after = phrase_after(tokens, by, loose=True) if by is not None else None
    if after is not None:
        # (not "by CalMac ahead of the session", "by Cuba to the Secretary-General": the name
        # ends where lower-case words go on but for its own "of" or "for")
        end = next((k for k in range(after[0] + 1, after[1])
                    if tokens[k].text.islower() and (
                        tokens[k].lower.endswith("ed") or is_cap(tokens[k - 1].text)
                        and not _name_goes_on(tokens, k, after[1]))), after[1])
        return after[0], end
    if doc > i and (is_cap(tokens[doc - 1].text) or tokens[doc - 1].lower in ORG_NOMINALS
                    or tokens[doc - 1].lower in ORG_NOUNS):
        return i, doc
    if doc + 1 < j and tokens[doc + 1].lower in {"published", "released", "in", "out", "filed",
                                                 "submitted", "lodged"}:
        # "a study published on Wednesday in The Lancet Public Health": the study speaks
        # (its authors), not the journal that printed it; "results filed with the Nigerian
        # Exchange": the company's, not the exchange's
        return doc, doc + 1
    return span


def _name_goes_on(tokens: list[Token], k: int, j: int) -> bool:
    """Whether the name goes on past the word at ``k``: "Office of the National Public
    Auditor", "Institute for Digital Work"."""
    n = k + 2 if k + 2 < j and tokens[k + 1].lower == "the" else k + 1
    return tokens[k].lower in {"of", "for", "and", "de"} and n < j and is_cap(tokens[n].text)


def _reported_before(tokens: list[Token], lo: int, hi: int, v: int) -> tuple[int, int] | None:
    """`Fares will rise by 4.9 per cent, the Transport Secretary confirmed yesterday, ...`."""
    k = v + 1
    telling = tokens[v].lower in _TELLING
    if k + 1 < hi and tokens[k].lower == "to" and (is_cap(tokens[k + 1].text)
                                                   or tokens[k + 1].lower in _AUDIENCES
                                                   or tokens[k + 1].lower == "the"):
        telling = True  # "..., the company confirmed to The Verge on Tuesday."
        k += 1
    while k < hi and (_after_report(tokens[k]) or tokens[k].kind == "w" and (
            telling or _filed_with(tokens, v, k) or tokens[k - 1].lower == "on")
            and (is_cap(tokens[k].text) or telling and tokens[k].lower in _AUDIENCES
                 or tokens[k].lower in {"and", "of"} and is_cap(tokens[k - 1].text)
                 and k + 1 < hi and is_cap(tokens[k + 1].text))):
        k += 1  # "..., people familiar with its thinking told Reuters.", "..., the company
        # said in a filing with the BSE on Tuesday.", "... reported on Telegram." (a name
        # may hold "and" or "of": "in a filing with the Securities and Exchange Commission")
    if telling and k < hi and (tokens[k].kind == "w" and tokens[k].lower not in PREPOSITIONS
                               or k > v + 1 and bracketed_at(tokens, k, hi)):
        k = _past_listener_phrase(tokens, k, hi)  # "..., district officials told principals
        # in an email Thursday.", "..., the company told the Labour Affairs Bureau (DSAL)"
        while k < hi and _after_report(tokens[k]):
            k += 1  # "..., the company told suppliers this week.": when, after the listener
    if telling and k > v + 1 and k + 1 < hi and tokens[k].text == "," \
            and tokens[k + 1].lower not in _TRAILING and not tokens[k + 1].lower.endswith("ing") \
            and not _after_report(tokens[k - 1]):
        return None  # "X told Polsat, a television channel, that ...": not after a report
        # (but "..., told ET, speaking on condition of anonymity.", "..., the company told
        # regulators Wednesday, the latest sign that ...": what follows is about the report)
    if k < hi and (tokens[k].lower in _TRAILING or tokens[k].text not in {",", ".", ";"}
                   and _circumstance_to_end(tokens, k, hi)):
        # "..., the company said in a statement before the market opened.", "..., a state
        # prosecutor told jurors Wednesday on the first day of his trial."
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
                      or BASED_IN.fullmatch(tokens[k].text)  # "the Dayton, Ohio-based grocer"
                      # "Latvian Ice Hockey Federation (LHF) president Kaspars Ozols told"
                      or any(bracketed_at(tokens, k - d, v) for d in range(3))
                      or determiner_before(tokens, k + 1, v) is not None
                      # "Libyan and Western officials say", "officials and analysts say"
                      or k + 1 < v and (_joins_names(tokens, k) or tokens[k].lower == "and"
                                        and group_word(tokens[k - 1].lower)
                                        and group_word(tokens[k + 1].lower))):
        k -= 1
    span = phrase_before(tokens, v)
    if span and lo < span[0] <= k + 1:  # "..., a source familiar with Saudi thinking said"
        k = span[0] - 2 if tokens[span[0] - 1].text == "," else span[0] - 1
    comma = next((c for c in range(k + 1, v) if tokens[c].text == ","), None)
    if comma is None:
        comma = _comma_before_nouns(tokens, lo, k)
    if comma is None or comma <= lo + 2:
        return None
    start = _after_dateline(tokens, lo, comma)
    if comma - start < 3 or _has_quote(tokens, start, comma):
        return None
    if tokens[start].lower in PREPOSITIONS and all(
            t.kind == "w" and t.lower not in _FINITE and t.lower not in _PAST
            and not (t.lower.endswith("ed") and t.text.islower())
            for t in tokens[start:comma]):
        return None  # "At the start of the trial, Judge X warned jurors ...": when, no report
    return start, comma


def _comma_before_nouns(tokens: list[Token], lo: int, k: int) -> int | None:
    """The comma before the source's first words, lower-case nouns the vocabulary lacks, that
    end at ``k``: "..., migrant rights groups said.", "..., the science and technology ministry
    has said."; None if a verb or a clause's word comes first."""
    m = k
    while m > lo and k - m < 5 and tokens[m].text.isalpha() and tokens[m].text.islower() \
            and (tokens[m].lower not in CLAUSE_MARKERS or tokens[m].lower == "and") \
            and tokens[m].lower not in PREPOSITIONS and tokens[m].lower not in _FINITE \
            and tokens[m].lower not in _PAST and tokens[m].lower not in PRONOUNS \
            and tokens[m].lower not in {"what", "how", "why"} \
            and not tokens[m].lower.endswith(("ed", "ing", "ly")):
        m -= 1  # (not "..., far beyond what the company had predicted, according to")
    return m if m < k and tokens[m].text == "," and tokens[m + 1].lower != "and" else None


def _past_listener_phrase(tokens: list[Token], k: int, hi: int) -> int:
    """Past the listener after "told" at the end of a report: "employees", "the November
    meeting", "the Labour Affairs Bureau (DSAL)"; up to a preposition or punctuation."""
    m = k + 1 if tokens[k].lower in {"the", "a", "an", "its", "his", "her", "their"} else k
    start = m
    while m < hi and m - start < 6 and tokens[m].kind == "w" \
            and tokens[m].lower not in PREPOSITIONS and tokens[m].lower not in CLAUSE_MARKERS \
            and tokens[m].lower not in _FINITE and tokens[m].lower not in DETERMINERS \
            and tokens[m].lower not in PRONOUNS and tokens[m].text not in WEEKDAYS:
        m += 1
    if bracketed_at(tokens, m, hi):
        m += 3  # its initials
    # (not "told Taiwan News her phone buzzed ...": what was said comes after the listener)
    ends = m == hi or tokens[m].text in {".", ",", ";"} or tokens[m].lower in PREPOSITIONS \
        or tokens[m].text in WEEKDAYS or tokens[m].lower in DAYS or tokens[m].lower == "this"
    return m if m > start and ends else k


def _circumstance_to_end(tokens: list[Token], k: int, hi: int) -> bool:
    """Whether a phrase of place or time runs from ``k`` to the sentence's end: words, and no
    verb that would make it a clause of its own."""
    end = next((n for n in range(k, hi) if tokens[n].text in {".", ";"}), hi)
    return end - k <= 12 and any(t.lower in PREPOSITIONS for t in tokens[max(0, k - 2):k + 1]) \
        and all(t.kind == "w" and t.lower not in _FINITE and t.lower not in CLAUSE_MARKERS
                and t.lower not in PRONOUNS and t.lower not in _PAST
                and not (t.lower.endswith("ed") and not is_cap(t.text)
                         and not _reduced_relative(tokens, n, end))
                for n, t in enumerate(tokens[k:end], k))


def _reduced_relative(tokens: list[Token], n: int, end: int) -> bool:
    """`in its annual report published on Thursday`: a participle after its noun, then a
    phrase of time or place, says which report; no verb of a clause."""
    return n + 1 < end and tokens[n - 1].text.isalpha() and tokens[n - 1].text.islower() \
        and tokens[n - 1].lower not in _FINITE and tokens[n - 1].lower not in PRONOUNS \
        and tokens[n - 1].lower not in CLAUSE_MARKERS and tokens[n + 1].lower in PREPOSITIONS


def _clause_end(tokens: list[Token], c: int, hi: int) -> int:
    """Reported speech ends where the writer's next clause begins: `, while the government ...`."""
    cues = cue_verbs()
    for k in range(c + 1, hi - 1):
        t, nxt = tokens[k], tokens[k + 1]
        if t.text == ";" or (t.text == "," and (
                nxt.lower in {"while", "whereas", "but", "although", "though"}
                and not (nxt.lower == "but" and k + 2 < hi and (tokens[k + 2].lower == "that"
                                                                 or tokens[k + 2].lower
                                                                 in _AUXILIARIES))
                or nxt.lower in {"even", "as"} and not _parenthetical(tokens, k, hi)
                or nxt.lower in _PARTICIPLES or nxt.lower == "according")):
            return k  # another clause, or a report: ", calling the ban ..." (but "said A,
            # but that B" and "said A, but would B" are one report; and ", leaving two dead"
            # goes on with what was reported)
        if t.lower in {"and", "but"} and (nxt.lower in cues or nxt.lower in INDIRECT_CUES) \
                and nxt.lower != "that":
            return k  # "... and called on both sides", "but warned that": a second report
        if t.text == "," and nxt.lower in {"and", "but"} and k + 2 < hi \
                and tokens[k + 2].lower != "that" and any(
                    tokens[m].lower in cues and not tokens[m].lower.endswith("ing")
                    for m in range(k + 3, min(hi, k + 12))):
            return k  # "..., and its chairman, Talgat Abenov, said B": a second speaker's report
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


_POSSESSIVE = ("'s", "’s", "s'", "s’")  # "the regulator's", "exporters'"


def _cited_name(tokens: list[Token], i: int, j: int) -> Speaker | None:
    """The name that opens a source cited by "according to", which the vocabulary need not
    know: "According to DR", "according to Cirium fleet data", "According to Aurora's most
    recent quarterly report". Where it is cited, it is what speaks."""
    k = i + 1 if tokens[i].lower == "the" else i
    end = k
    while end < j and tokens[end].kind == "w" and is_cap(tokens[end].text) \
            and not MONTH.fullmatch(tokens[end].text) and tokens[end].lower not in DAYS:
        end += 1
        if tokens[end - 1].text.endswith(_POSSESSIVE):
            break
    if end == k:
        return None
    last = _owner_token(tokens[end - 1])
    name = " ".join([t.text for t in tokens[k:end - 1]] + [last.text])
    return Speaker(name, tokens[k].start, last.end, "organisation")


def _owner_token(t: Token) -> Token:
    """The word without its possessive ending ("the regulator's", "exporters'"), else as is."""
    owner = possessive_owner(t.text)
    return token(t.start, t.start + len(owner), owner, "w") if owner else t
