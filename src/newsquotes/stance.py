"""How the article and each actor lean toward the target entity.

Every reference to the target gets a polarity from the target-dependent classifier in
``sentiment``; the rest is aggregation, kept here so that its rules are in one place:

- the target's references are its names and the descriptions the article ties to it ("the
  company", "the agency", "the mayor"; ``targets.find_references``);
- a sentence's ``target_sentiment`` is the mean score of the target references in it;
- a quote's ``stance`` is the mean score of the target references in the sentences it stands
  in, and of the references to the target's acts there ("the plan", "the cuts": what is said of
  the target's plan is said of the target; ``act_rows``), leaving out a reference that is part
  of the speaker's own name or title ("Russian diplomats", "Russia's UN ambassador Vitali
  Churkin"), since naming the speaker says nothing about what they think. A quote whose own
  sentences have none takes a clear lean of the nearby sentences of its paragraph: it answers
  what they say of the target;
- an actor's ``stance`` is the mean, weighted by strength, over the sentences of their quotes
  with a stance (two fragments of one sentence count once) and over the sentences in which the
  article has them act on the target ("Delattre ... blasted ... Russia"), so that it
  reads what they say and how the article frames it. An actor who is the target or speaks for
  it (``target_side``: "Kopano Platinum", "Coralbay's chief executive, Peter Vandenberg", "a
  company spokesman") starts from one statement in its favour, which what they say can
  outweigh; from one even-handed statement instead if they admit fault in their own words
  ("We got this wrong"). An analyst or economist starts from one even-handed statement too.
  ``n_target_quotes`` counts the quotes with a stance.
- what the actors table shows is the learned reading of that evidence (``actorstance``: a
  small model trained on the development annotations, which also says when an actor says
  nothing of the target); ``USE_MODEL = False`` gives the weighted mean above instead.

In the target's article, what is done is most often the target's; so some statements bear on
it without naming it:

- the writer has the actor back or oppose an act ("X welcomed the decision", "Y, who opposed
  the closures, said", "Z, who voted no"; ``_act_framing``);
- someone not on the target's side complains of how a decision was made ("we were never
  consulted", "we found out the same day as everybody else"; ``_grievances``), or, where
  nothing else they say bears on the target, challenges it in their own words: a question
  ("Where am I supposed to go now?") or a thing denied its name and given a worse one ("That
  is not a plan. That is a raffle."; ``_challenges``);
- those the article calls opponents ("protesters", "critics", a "shadow" minister) start from
  one statement against it.

The target's side also takes what the analysis knows of each actor: an affiliation that is
the target ("vice president of product at Pulsewise"), and, for a country or a government,
its own unowned ministries and departments and their officials.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache

from . import actorstance
from .namesearch import NameFinder
from .sentiment import target_score, vader_lexicon
from .targets import (
    COUNTRY_OF,
    COUNTRY_WORDS,
    LEGAL_FORMS,
    NAMED_HEADS,
    ORG_HEADS,
    PERSON_ROLES,
    find_references,
    target_kind,
)

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
    """(start, end, text, sentence_id, polarity, score) for every reference to the target."""
    return _scored(text, sentences, find_references(text, target, aliases))


def _scored(text: str, sentences: list, spans, sentence_ids: set[int] | None = None
            ) -> list[tuple]:
    starts = [s.start for s in sentences]
    rows = []
    for start, end in spans:
        i = bisect_right(starts, start) - 1
        if i < 0 or end > sentences[i].end:
            continue  # between sentences: a headline word the splitter left out cannot be scored
        if sentence_ids is not None and sentences[i].sentence_id not in sentence_ids:
            continue
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


_TITLE_CHAIN = re.compile(r"^[\w\s'’.-]{0,60},?\s*$")
# How many sentences around a quote, within its paragraph, it may answer.
CONTEXT_SENTENCES = 3


def quote_stances(text: str, quotes: list[tuple], sentences: list,
                  mention_rows: list[tuple]) -> list[float]:
    """Each quote's stance toward the target, NaN where nothing bears on it.

    ``quotes``: (kind, speaker, sentence_id, end, speaker_start, speaker_end) per quote.
    """
    ends = [s.end for s in sentences]
    out = [math.nan] * len(quotes)
    if not mention_rows:
        return out
    # Only the sentences of quotes and those around them need their act references scored.
    wanted = {sid for _, speaker, first, end, _, _ in quotes if speaker is not None
              for sid in range(max(0, first - CONTEXT_SENTENCES),
                               min(len(sentences), bisect_right(ends, end - 1)
                                   + CONTEXT_SENTENCES + 1))}
    by_sentence: dict[int, list[tuple]] = {}
    for row in mention_rows + act_rows(text, sentences, mention_rows, wanted):
        by_sentence.setdefault(row[3], []).append(row)

    def scores(sids, speaker_start, speaker_end) -> list[float]:
        return [score for sid in sids for start, stop, _, _, _, score in by_sentence.get(sid, ())
                if not _names_speaker(text, start, stop, speaker_start, speaker_end)]

    for n, (kind, speaker, first, end, speaker_start, speaker_end) in enumerate(quotes):
        if kind == "scare" or speaker is None or not 0 <= first < len(sentences):
            continue
        last = max(first, min(bisect_right(ends, end - 1), len(sentences) - 1))
        own = scores(range(first, last + 1), speaker_start, speaker_end)
        if own:
            out[n] = sum(own) / len(own)
            continue
        # No reference in the quote's sentences: it answers what the sentences around it, in
        # its paragraph, say of the target ("Sir Alan Pryce pressed Ms Donnelly over the
        # timetable. 'Where is it?' he asked."), if they lean clearly.
        para = sentences[first].paragraph_id
        near = [sid for sid in range(max(0, first - CONTEXT_SENTENCES),
                                     min(len(sentences), last + CONTEXT_SENTENCES + 1))
                if sentences[sid].paragraph_id == para and not first <= sid <= last]
        around = scores(near, speaker_start, speaker_end)
        mean = sum(around) / len(around) if around else 0.0
        if abs(mean) >= NEUTRAL_BAND:
            out[n] = mean
    return out


def _names_speaker(text: str, start: int, end: int, speaker_start, speaker_end) -> bool:
    """Whether the mention is part of the speaker's own name or title: "Russian diplomats",
    "Russia's UN ambassador Vitali Churkin", "A company spokesman, Lars Nygaard". Naming the
    speaker says nothing of their stance."""
    if not isinstance(speaker_start, int):
        return False
    if start < speaker_end and speaker_start < end:
        return True
    return end <= speaker_start and speaker_start - end <= 60 and \
        bool(_TITLE_CHAIN.match(text[end:speaker_start]))


# ---------------------------------------------------------------------------------------------
# The target's acts

# What a target does that others answer: "the plan", "the ban", "the cuts". A noun counts as the
# target's act only where the article ties it to the target (see ``act_rows``).
ACT_NOUNS = frozenset("""
plan plans proposal proposals policy policies decision decisions ban bans cap caps cut cuts
closure closures scheme schemes programme programmes program programs bid bids move moves
offer offers deal deals reform reforms budget budgets strategy strategies campaign campaigns
bombing bombings bombardment offensive assault rule rules law laws order orders recall recalls
pledge pledges tariff tariffs duties measure measures ordinance changes consolidation
restructuring layoffs lawsuit appeal review expansion merger takeover sale increase rise
""".split())
# Verbs whose subject, the target, makes the act their nouns name: "Kopano Platinum will cut
# about 4,000 jobs" makes "the cuts" Kopano's.
ACT_VERBS = {"cut": ("cut",), "cuts": ("cut",), "cutting": ("cut",),
             "close": ("closure",), "closing": ("closure",),
             "ban": ("ban",), "banning": ("ban",), "cap": ("cap",), "capping": ("cap",),
             "recall": ("recall",), "recalling": ("recall",), "recalls": ("recall",),
             "raise": ("rise", "increase"), "raising": ("rise", "increase"),
             "sue": ("lawsuit",), "suing": ("lawsuit",), "sued": ("lawsuit",),
             "expand": ("expansion",), "expanding": ("expansion",),
             "propose": ("proposal",), "proposed": ("proposal",), "plans": ("plan",),
             "planned": ("plan",), "sell": ("sale",), "selling": ("sale",), "sold": ("sale",),
             "halt": ("halt", "ban"), "halting": ("halt", "ban"), "stop": ("halt", "ban"),
             "stopping": ("halt", "ban"),
             # past forms: "the council closed the bridge" makes "the closure" the council's
             "closed": ("closure",), "shut": ("closure",), "shutting": ("closure",),
             "banned": ("ban",), "capped": ("cap",), "recalled": ("recall",),
             "raised": ("rise", "increase"), "expanded": ("expansion",),
             "halted": ("halt", "ban"), "stopped": ("halt", "ban")}
# Nouns that name whatever the target has done, once the article has tied an act to it.
GENERIC_ACTS = ("decision", "move", "plan", "change", "policy", "proposal", "announcement")
_ACTS = "(" + "|".join(sorted(ACT_NOUNS, key=lambda w: (-len(w), w))) + ")"
_AGENT_VERBS = r"(?:put forward|proposed|announced|unveiled|introduced|imposed|approved|" \
               r"backed|drew up|drafted|launched|ordered|made)"
# "Nadia Forsyth's plan", "Postal Service plan", "Moscow's stepped-up bombing campaign"
_OWNED_ACT = re.compile(rf"(?:['’]s)?(?:[\s-]+[\w-]+){{0,3}}?[\s-]+{_ACTS}\b")
_ANY_ACT = re.compile(rf"\b{_ACTS}\b")
# "Kopano Platinum will cut ...", "Indonesia to halt ..."
_SUBJECT_VERB = re.compile(r"\s+(?:will|would|is to|to|has|have|had|is|are|was|were|plans to|"
                           r"wants to|agreed to|voted to|decided to)?\s*(\w+)")
# "a proposal the European Commission put forward"
_ACT_BEFORE_AGENT = re.compile(rf"\b{_ACTS}\b(?:\s+(?:that|which))?\s+(?:the\s+)?$")
_AGENT_AFTER = re.compile(rf"(?:['’]s)?\s+(?:has\s+|had\s+)?{_AGENT_VERBS}\b")
# "Plans to collect rubbish ... have been approved by Marlbury District Council"
_PASSIVE_BY = re.compile(rf"\b(?:been\s+|was\s+|were\s+)?{_AGENT_VERBS}\s+by\s+(?:the\s+)?$")
_ACT_IN_CLAUSE = re.compile(rf"\b([Pp]lans?|{_ACTS[1:-1]})\b")


def act_rows(text: str, sentences: list, mention_rows: list[tuple],
             sentence_ids: set[int] | None = None) -> list[tuple]:
    """(start, end, text, sentence_id, polarity, score) for references to the target's acts
    ("the plan", "the cuts", "these closures"), scored like mentions: what is said of the
    target's plan is said of the target.

    A noun is the target's where the article writes it so: "Nadia Forsyth's plan", "the
    mayor's rent cap", "Postal Service plan", "a proposal the European Commission put forward",
    "plans ... approved by the council", or the target as the subject of its verb ("Kopano will
    cut ..." for "the cuts"); then "the decision", "the move", "the plan" ... are its too.
    An act the article ties to nobody ("the ban", "these closures") is most often the target's
    in its article too, but it counts only where its sentence leans clearly (|score| >= 0.15):
    a near-neutral reading of an untied act is as likely someone else's act as a neutral view.
    Only references in ``sentence_ids`` are scored, when given.
    """
    nouns: set[str] = set()
    for start, end, *_ in mention_rows:
        after = text[end:end + 80]
        m = _OWNED_ACT.match(after)
        if m and not any(c in m.group(0) for c in ",;."):
            nouns.update(x.lower() for x in _ANY_ACT.findall(m.group(0)))
        m = _SUBJECT_VERB.match(after)
        if m and m.group(1).lower() in ACT_VERBS:
            nouns.update(ACT_VERBS[m.group(1).lower()])
        before = text[max(0, start - 120):start]
        # The searches of ``before`` scan it from every position; the cheap tests go first.
        if _AGENT_AFTER.match(after):
            m = _ACT_BEFORE_AGENT.search(before)
            if m:
                nouns.add(m.group(1).lower())
        if before.rstrip().endswith(("by", "the")) and _PASSIVE_BY.search(before):
            clause = text[max(text.rfind("\n", 0, start) + 1, start - 200):start]
            nouns.update(x.lower() for x in _ACT_IN_CLAUSE.findall(clause))
    taken = [(r[0], r[1]) for r in mention_rows]
    rows = []
    if nouns:
        pattern = _act_references(frozenset(nouns))
        rows = _scored(text, sentences, [m.span() for m in pattern.finditer(text) if not any(
            a < m.end() and m.start() < b for a, b in taken)], sentence_ids)
        taken += [(r[0], r[1]) for r in rows]
    # Acts the article does not tie to the target ("the ban", "these cuts") are most often its
    # in its article: they count where the sentence leans clearly on them.
    untied = _scored(text, sentences, [m.span() for m in _UNTIED_ACTS.finditer(text) if not any(
        a < m.end() and m.start() < b for a, b in taken)], sentence_ids)
    return rows + [r for r in untied if abs(r[5]) >= NEUTRAL_BAND]


@lru_cache(maxsize=128)
def _act_references(nouns: frozenset[str]) -> re.Pattern[str]:
    forms = {f for n in nouns | set(GENERIC_ACTS)
             for f in (n, n + "s", n[:-1] if n.endswith("s") else n)}
    names = "|".join(sorted(forms, key=lambda w: (-len(w), w)))
    # "the plan", "the consolidation plan", "these closures"; not "the ISSG's plan", not "the
    # plan of the opposition".
    return re.compile(rf"[Tt](?<!\w[Tt])h(?:e|is|ese)\s+(?:[a-z][a-z-]*\s+){{0,2}}?"
                      rf"(?:{names})\b(?![\w-])(?!\s+(?:of|by|from)\s+[A-Z])")


_UNTIED_ACTS = _act_references(frozenset(ACT_NOUNS))


# ---------------------------------------------------------------------------------------------
# Actors

def actor_stances(text: str, actors: list[tuple], quotes: list[tuple], stances: list[float],
                  sentences: list, mention_rows: list[tuple]) -> tuple[list[float], list[int]]:
    """(stance, n_target_quotes) per actor, from their quotes, the article's framing and a
    prior: for the target's own side one statement in the target's favour (an even-handed one
    if they admit fault), for an analyst or economist one even-handed statement.

    ``actors``: (actor, kind, "; "-joined aliases, title, affiliation); ``quotes``:
    (speaker, sentence_id, start, end, kind), in the order of ``stances``.
    """
    found = actor_evidence(text, actors, quotes, stances, sentences, mention_rows)
    if not USE_MODEL and actorstance.recorder is None:
        return found["stance"], found["n_target_quotes"]
    feats = actorstance.features(text, actors, quotes, stances, sentences, mention_rows, found)
    if actorstance.recorder is not None:
        actorstance.recorder.append({a[0]: f for a, f in zip(actors, feats)})
        actorstance.recorded_words.append(
            actorstance.quoted_words(text, quotes, sentences, actors))
    if not USE_MODEL:
        return found["stance"], found["n_target_quotes"]
    model = actorstance.model()
    return [model.stance(f) for f in feats], found["n_target_quotes"]


# Whether an actor's stance is the learned model's reading of the rules' evidence
# (``actorstance``) or the rules' own weighted mean.
USE_MODEL = True


def actor_evidence(text: str, actors: list[tuple], quotes: list[tuple], stances: list[float],
                   sentences: list, mention_rows: list[tuple]) -> dict:
    """What ``actor_stances`` reads for each actor, and its verdict: a dict of per-actor lists
    (in the order of ``actors``) "stance", "n_target_quotes", "evidence" (the scores of each
    source by name: "quotes", "framing", "act_framing", "grievances", "challenges"), "prior"
    (the prior's name or ""), and the sets "side", "conceding", "observers", "even"."""
    roles = {a[0]: (a[3] or "", a[4] or "") for a in actors}
    kinds = {a[0]: a[1] for a in actors}
    actors = [tuple(a[:3]) for a in actors]
    spans = quotes
    quotes = [tuple(q[:2]) for q in quotes]
    names = [a[0] for a in actors]
    evidence: dict[str, list[float]] = {a: [] for a in names}
    sources: dict[str, dict[str, list[float]]] = {a: {} for a in names}

    def add(actor: str, source: str, score: float) -> None:
        evidence[actor].append(score)
        sources[actor].setdefault(source, []).append(score)

    n_quotes = dict.fromkeys(names, 0)
    seen: set[tuple[str, int]] = set()
    for (speaker, sid), stance in zip(quotes, stances):
        if speaker in evidence and not math.isnan(stance):
            n_quotes[speaker] += 1
            if (speaker, sid) not in seen:  # two fragments of one sentence are one statement
                seen.add((speaker, sid))
                add(speaker, "quotes", stance)
    for actor, score in _framing(text, actors, {sid for _, sid in quotes}, sentences,
                                 mention_rows):
        add(actor, "framing", score)
    for actor, score in _act_framing(text, actors, sentences):
        add(actor, "act_framing", score)
    side = target_side(text, actors, sentences, mention_rows, roles)
    for actor, score in _grievances(text, spans, sentences, side):
        add(actor, "grievances", score)
    conceding = _conceding(text, side, quotes, sentences)
    observers = _observers(text, actors) - side
    even = _even_handed(text, spans) - side
    for actor, score in _challenges(text, spans, side | observers):
        if actor in evidence and not evidence[actor]:  # where nothing else bears on the target
            add(actor, "challenges", score)

    def prior(actor: str) -> str:
        if actor in side:
            return "conceding" if actor in conceding else "side"
        if actor in observers:
            return "observer" if evidence[actor] else ""
        if actor in even:
            return "even"  # "She is right on the numbers and wrong on the politics"
        words = {w.lower() for w in _WORD.findall(f"{actor} {roles.get(actor, ('', ''))[0]}")}
        if kinds.get(actor) == "group" and words & AFFECTED:
            return "affected"  # residents, parents, workers quoted on what the target did
        labour = words & {"union", "unions"} and not _NOT_LABOUR.search(
            f"{actor} {roles.get(actor, ('', ''))[0]}")
        if words & OPPONENTS:
            return "opponent"
        if words & EMPLOYEES or labour:
            return "labour"
        if (words | {w.lower() for w in _WORD.findall(roles.get(actor, ("", ""))[1])}) & \
                INTERESTS:
            return "interest"  # an association or its people, not the target's own
        if kinds.get(actor) == "person" and _private(*roles.get(actor, ("", ""))):
            return "private"  # a private person, quoted on what befell them
        return ""

    priors = [prior(a) for a in names]
    return {
        "stance": [_weighted(evidence[a], PRIORS.get(p)) for a, p in zip(names, priors)],
        "n_target_quotes": [n_quotes[a] for a in names],
        "evidence": [sources[a] for a in names],
        "prior": priors,
        "side": side, "conceding": conceding, "observers": observers, "even": even,
    }


# What an actor who is the target, or speaks for it, is taken to say for it before anything
# they say is read: (score, weight), the weight counted like a statement's strength, so that
# two clearly critical statements of their own outweigh it, and two middling ones do not: what
# the target's own people say of it is mostly a defence that the classifier reads from the
# charge defended against ("a paperwork problem", "the flight broke no rules"; of the 349 such
# actors with a gold stance +1 on dev..dev59, a weight of 1 left 17 at 0 and none negative).
SIDE_PRIOR = (1.0, 1.5)
# The target's own people who admit fault in their own words ("we got this wrong") defend it
# no more than they concede: they start from one even-handed statement instead.
CONCEDING_PRIOR = (0.0, 1.0)
# Those the article calls the target's opponents ("protesters", "opponents", "critics") start
# from one statement against it.
OPPONENT_PRIOR = (-1.0, 1.0)
OPPONENTS = frozenset("protesters protestors demonstrators opponents critics objectors "
                      "shadow opposition campaigners".split())
# A body's employees and workers quoted as such ("a plant employee", "one worker", "Kelvo
# workers") speak for themselves, not for it, and in news mostly to tell what it did wrong (20
# of the 21 actors so named in the development annotations lean against the target; the other
# is the target herself): they start from one statement against it, like its opponents.
EMPLOYEES = frozenset("employee employees worker workers".split())
# Unions that are not workers' ("European Union", "Rugby Union"): trade unions are quoted in news
# mostly to object to what the target does (38 of 40 unions and union officials in the
# development annotations lean against it; none for it), so they start from one statement
# against it, like the opponents above.
_NOT_LABOUR = re.compile(r"\b(?:European|African|Eurasian|Soviet|Rugby|Football|Credit|Customs|"
                         r"Monetary|Postal)\s+Unions?\b")
# Bodies that speak for an interest, and their people ("the Texas Trucking Association",
# "Glasgow Chamber of Commerce", "Social Justice Coalition", "president of the Harvey Park
# Neighborhood Association"): news quotes trade bodies, residents' associations and campaign
# alliances mostly to object to what the target does (88 of the 121 such actors not on the
# target's side in the dev..dev101 annotations lean against it, 20 are even-handed, 13 for
# it), so they start from one statement against it, like unions.
INTERESTS = frozenset("association associations federation alliance coalition chamber forum "
                      "society".split())
# Groups of people a story's decision falls on, quoted in news mostly to object to it (26 of 31
# such groups in the development annotations lean against the target; 1 for it): they start from
# one statement against it, which what they say of the target outweighs.
AFFECTED = frozenset("residents parents workers villagers neighbours neighbors fishermen farmers "
                     "patients families passengers traders commuters tenants customers locals "
                     "shoppers".split())
# A person the article quotes with neither a title nor a body ("Kelsey Dahl, whose daughter
# was born there", "said Ruth Agyeman") speaks as a private person, and news quotes private
# people mostly to tell how the story's events fell on them: the lost bridge, the bill, the
# injury. What they say seldom names the target ("I don't drive and the bus only comes twice
# an hour"), yet it is told against what the target did (121 of the 168 such actors left
# without a stance on dev..dev91 lean against the target, 14 are even-handed, 33 for it):
# they start from a third of a statement against it, which anything they say of the target,
# or the writer's "welcomed the decision", outweighs (a whole statement gained no more).
PRIVATE_PRIOR = (-1.0, 0.3)
# Words of a title that make its holder someone who speaks for an office, a body or expertise
# rather than as a private person: with none of them, and no capital (no body named), a title
# is an occupation or a relation ("a retired nurse", "one borrower", "his widow").
OFFICE_WORDS = frozenset("""
official officials source sources analyst analysts economist professor researcher scientist
expert councillor councilor senator lawyer solicitor consultant officer delegate author
management service mission inspector predecessor
""".split())


def _private(title: str, affiliation: str) -> bool:
    """Whether a person's title and affiliation make them a private person: neither, or a
    lower-case title that names no office."""
    if affiliation:
        return False
    if not title:
        return True
    words = set(_WORD.findall(title))
    return all(w.islower() for w in words) and not words & (SPOKES_ROLES | PERSON_ROLES |
                                                          OFFICE_WORDS)


# A speaker who grants the target a point in their own words and then qualifies it ("She is
# right on the numbers and wrong on the politics", "We support the plan, but not at any
# price", "It has every right to set the rules", "Todd is making a fair point") weighs both
# sides: they start from one even-handed statement, which the classifier, reading the
# qualification's words, would otherwise read as criticism.
EVEN_PRIOR = (0.0, 1.0)
_EVEN_HANDED = re.compile(r"""\b(?:
    (?:is|are|was|were|['’]s|['’]re)\s+right\s+(?:on|about)\b
  | (?:not|n['’]t)\s+(?:opposed|against)\b[^.;]{0,60}?\bbut\b
  | (?:[Ww]e|I)\s+(?:support|welcome|understand|accept|agree\s+with)\b[^.;]{0,80}?\bbut\b
  | (?:has|have|had)\s+every\s+right\s+to\b
  | within\s+(?:its|their|his|her)\s+rights\b
  | makes?\s+sense\b[^.;]{0,60}?\bbut\b
  | defensible\b
  | (?:a|making\s+a)\s+fair\s+point\b
)""", re.X)
_EVEN_WORDS = ("right", "opposed", "against", "support", "welcome", "understand", "accept",
               "agree", "sense", "defensible", "fair point")


def _even_handed(text: str, spans: list[tuple]) -> set[str]:
    """Speakers with a quote that grants the target a point and qualifies it."""
    found: set[str] = set()
    for speaker, _, start, end, kind in spans:
        if speaker is None or speaker in found or kind == "scare":
            continue
        quote = text[start:end]
        if any(w in quote for w in _EVEN_WORDS) and _EVEN_HANDED.search(quote):
            found.add(speaker)
    return found


# Analysts and economists are asked to weigh a story, not to take a side: what they say starts
# from one even-handed statement too (until they say something of the target, nothing).
OBSERVER_PRIOR = (0.0, 1.0)
# The priors by the names ``actor_evidence`` gives them.
PRIORS = {"side": SIDE_PRIOR, "conceding": CONCEDING_PRIOR, "observer": OBSERVER_PRIOR,
          "even": EVEN_PRIOR, "affected": OPPONENT_PRIOR, "opponent": OPPONENT_PRIOR,
          "labour": OPPONENT_PRIOR, "interest": OPPONENT_PRIOR, "private": PRIVATE_PRIOR}


def _weighted(scores: list[float], prior: tuple[float, float] | None = None) -> float:
    """The mean of scores weighted by their strength: a clear statement counts for more than
    a sentence the classifier barely leans on. A prior counts as one more statement."""
    value, weight = prior or (0.0, 0.0)
    total = weight + sum(abs(x) for x in scores)
    if not scores and not prior:
        return float("nan")
    return (value * weight + sum(x * abs(x) for x in scores)) / total if total else 0.0


# A complaint about how a decision was made, which in the target's article is the target's:
# "we were not consulted", "they learned of the decision from a radio bulletin", "nobody asked",
# "without warning". It counts as a statement of this strength against the target.
GRIEVANCE_SCORE = -0.6
_GRIEVANCE = re.compile(r"""\b(?:
    (?:not|never|n[’']t)\s+(?:been\s+|even\s+)?(?:consulted|warned|informed|notified)
  | (?:[Nn]obody|[Nn]o\s+one)\b[^.?!]{0,40}?\b(?:asked|told|consulted|warned|informed)(?![\w-])
  | (?:learned|learnt|found\s+out|heard)\b[^.]{0,60}?\b(?:from|on|via|through)\s+(?:a|the)?\s*
        (?:radio|news|newspaper|television|TV|Facebook|Twitter|social\s+media|(?:press\s+)?
        release|bulletin|alerts?|reporters?)
  | without\s+(?:any\s+)?(?:warning|notice|consultation)
  | told\s+(?:us|me|them)\s+nothing
  | (?:learned|learnt|found\s+out|heard)\b[^.]{0,40}?\bsame\s+(?:day|time)\s+as
  | told\b[^.]{0,40}?\bby\s+(?:letter|e-?mail|text\s+message)
  | not\s+how\s+you\s+treat | (?:do|does|did)\s+not\s+treat | (?:don|doesn|didn)[’']t\s+treat
  | never\s+(?:got|received|had|been\s+given|given)\s+(?:a|an|any)\s+
        (?:reply|response|answer|chance)
  | made\s+(?:up\s+)?(?:their|its|his|her)\s+minds?\s+up
  | tick[- ]box | rubber[- ]stamp
  | not\s+a\s+consultation
)""", re.X)
_GRIEVANCE_WORDS = ("consulted", "Nobody", "warned", "informed", "notified", "asked", "told",
                    "learn", "found out", "heard", "without", "treat", "reply", "response",
                    "answer", "chance", "minds", "tick", "rubber", "consultation")


def _grievances(text: str, quotes: list[tuple], sentences: list, side: set[str]
                ) -> list[tuple[str, float]]:
    """(actor, score) for each sentence in which someone not of the target's side complains
    of how they were treated: not consulted, not warned, told by the news."""
    found = []
    seen: set[tuple[str, int]] = set()
    for speaker, sid, _, end, _ in quotes:
        if speaker is None or speaker in side or not 0 <= sid < len(sentences) or \
                (speaker, sid) in seen:
            continue
        seen.add((speaker, sid))
        sentence = sentences[sid].text
        if end > sentences[sid].end:
            # a quote that runs on into the next sentences: read all of it
            sentence = text[sentences[sid].start:end]
        # One of the words first: a search in C for each is quicker than a regex of them all
        if any(w in sentence for w in _GRIEVANCE_WORDS) and _GRIEVANCE.search(sentence):
            found.append((speaker, GRIEVANCE_SCORE))
    return found


# A question someone not on the target's side asks in their own words, in the target's
# article, challenges it: "Where am I supposed to go now?", "Did you think about them at all?"
CHALLENGE_SCORE = -0.6
_QUESTION_END = re.compile(r"\?[\s,\"'“”‘’]*$")


def _challenges(text: str, spans: list[tuple], exempt: set[str]) -> list[tuple[str, float]]:
    """(actor, score) for each direct quote that ends in a question or a cry, or denies a
    thing its name, by a speaker who is not on the target's side nor an analyst; one per
    speaker."""
    found = {}
    for speaker, _, start, end, kind in spans:
        if kind == "direct" and speaker is not None and speaker not in exempt and \
                speaker not in found and (_QUESTION_END.search(text, max(start, end - 4), end)
                                          or _NOT.search(text, start, end)
                                          and _REFRAME.search(text, start, end)
                                          or _outcry(text, start, end)):
            found[speaker] = CHALLENGE_SCORE
    return list(found.items())


_EXCLAMATION_END = re.compile(r"![\s,\"'“”‘’]*$")


def _outcry(text: str, start: int, end: int) -> bool:
    """A cry or chant ("Refund! Refund!", "Count in the open!") with no word of praise in it
    ("Champions!" is none)."""
    if not _EXCLAMATION_END.search(text, max(start, end - 4), end):
        return False
    lexicon = vader_lexicon()
    return not any(lexicon.get(w, 0.0) >= 2.0 for w in _WORD.findall(text[start:end].lower()))


_NOT = re.compile(r"n(?:o|['’])t\b")
# "That is not a plan. That is a raffle.", "It isn't gentle density. It's a wall": a thing
# denied its name and given a worse one.
_REFRAME = re.compile(r"(?:\b(?:is|are|was)\s+not|\b(?:isn|aren|wasn)['’]t|['’]s\s+not)\s+"
                      r"[^.;?!–—]{1,60}?(?:[.;]|\s[–—])\s*(?:[Tt]hat|[Ii]t|[Tt]his|[Tt]hey)"
                      r"(?:\s+(?:is|are|was)|['’]s|['’]re)\s")


# A first-person admission of fault: "we got this wrong", "I'm sorry", "I have no excuse",
# "it's my fault", "we deserved to lose", "we made mistakes".
_CONCESSION = re.compile(r"""\b(?:
    (?:I|[Ww]e)(?:\s+have|['’]ve)?\s+(?:got|get)\s+(?:it|this|that|both|things|some\s+things)
        \s+(?:\w+\s+)?wrong
  | (?:I['’]m|I\s+am|[Ww]e\s+are|[Ww]e['’]re)\s+(?:so\s+|truly\s+|deeply\s+|very\s+)?
        (?:sorry|ashamed)
  | (?:I|[Ww]e)\s+(?:\w+\s+)?apologi[sz]e
  | (?:I|[Ww]e)\s+(?:have|had)\s+no\s+excuses?
  | (?:[Ii]t\s+is|[Ii]t['’]s|[Tt]hat\s+is|[Tt]hat['’]s)\s+(?:my|our)\s+fault
  | (?:[Ii]t\s+is|[Ii]t['’]s)\s+mine
  | (?:I|[Ww]e)\s+deserved\s+to\s+lose
  | (?:I|[Ww]e)(?:\s+have|['’]ve)?\s+made\s+(?:a\s+|some\s+|serious\s+)?(?:mistakes?|errors?)
  | (?:I|[Ww]e)\s+(?:were|was)\s+(?:too\s+slow|wrong)
  | (?:I|[Ww]e)\s+fell\s+short
)(?![\w-])""", re.X)


# One word that each admission above cannot do without, as it must stand in the text searched
# ("slow" of "too\s+slow", which may be written across a line break).
_CONCESSION_NEEDS = ("wrong", "sorry", "ashamed", "apologi", "excuse", "fault", "mine",
                     "deserved", "mistake", "error", "slow", "short")


def _may_concede(passage: str) -> bool:
    """Whether ``passage`` may hold an admission: the regex is slow, most passages have none."""
    lower = passage.lower()
    return any(word in lower for word in _CONCESSION_NEEDS)


def _conceding(text: str, side: set[str], quotes: list[tuple], sentences: list) -> set[str]:
    """The target's own people who admit fault in their own words ("We got this wrong, and
    we were too slow to say so"): read from each of their quotes' sentences to the end of its
    paragraph, where a quote that runs on ends."""
    found: set[str] = set()
    if not side:
        return found
    if not _may_concede(text):
        return found
    first: dict[tuple[str, int], int] = {}  # (speaker, paragraph) -> where their quotes begin
    for speaker, sid in quotes:
        if speaker in side and 0 <= sid < len(sentences):
            key = (speaker, sentences[sid].paragraph_id)
            first[key] = min(first.get(key, sentences[sid].start), sentences[sid].start)
    para_end = {s.paragraph_id: s.end for s in sentences}
    for (speaker, para), start in first.items():
        if speaker not in found and _may_concede(text[start:para_end[para]]) and \
                _CONCESSION.search(text, start, para_end[para]):
            found.add(speaker)
    return found


_OBSERVER_ROLE = r"(?:analyst|economist|strategist|political\s+scientist)s?"
# "Sofia Almeida, a logistics analyst at ...", "Tshwane Capital analyst Lindiwe Mokoena"
_OBSERVER_AFTER = re.compile(rf",\s+(?:a|an|the|[A-Z][\w.&'’-]*['’]s)\s+"
                             rf"(?:[\w'’&.-]+\s+){{0,3}}?{_OBSERVER_ROLE}\b")
_OBSERVER_BEFORE = re.compile(rf"\b{_OBSERVER_ROLE}\s+$")
_OBSERVER_WORDS = ("analyst", "economist", "strategist", "political scientist")


def _observers(text: str, actors: list[tuple]) -> set[str]:
    """People the article introduces as analysts, economists or strategists."""
    found: set[str] = set()
    if not any(word in text for word in _OBSERVER_WORDS):
        return found
    for actor, kind, aliases in actors:
        if kind != "person":
            continue
        for start, end in _actor_occurrences(text, actor, aliases):
            if _OBSERVER_AFTER.match(text, end) or \
                    _OBSERVER_BEFORE.search(text, max(0, start - 40), start):
                found.add(actor)
                break
    return found


# Roles by which a person or body speaks for the one named with them ("Coralbay's chief
# executive", "a spokeswoman for the mayor", "Tillman's attorney", "French foreign ministry").
SPOKES_ROLES = frozenset("""
spokesman spokeswoman spokesperson spokespeople representative representatives executive ceo
chairman chairwoman chair president director founder owner head leader manager minister ministry
ambassador envoy diplomat diplomats official officials secretary attorney lawyer lawyers counsel
solicitor barrister agent wife husband son daughter father mother brother sister family editor
aide adviser advisor captain coach commissioner embassy government delegation negotiator
governor
negotiators staff board member
""".split())
# More of a body's people, who speak for it where the article owns them by its name ("the
# company's chief scientist, X", "the museum's deputy curator, Y").
OWNED_ROLES = SPOKES_ROLES | frozenset("""
officer chief scientist curator provost chancellor dean principal publicist engineer
superintendent treasurer trustee trustees
""".split())
# Words that put an actor outside the body they are named after ("Westbury City Supporters'
# Trust", "the former Westbury striker", "a Kelvo customer").
OUTSIDERS = frozenset("""
supporters supporter fans fan critics critic opponents opponent rivals rival victims victim
customers customer users user residents resident shareholders shareholder investors investor
former ex shadow employee employees worker workers
""".split())
# Roles that, with no owner named, belong to the body the article is about: a company's "chief
# executive Meera Iyer", a country's "Energy Minister Arif Santoso", a commission's
# "Environment Commissioner". Heads of state and government are left out: "President X" is as
# often another country's.
BARE_ROLES = {
    "company": frozenset("executive ceo cfo coo officer chairman chairwoman founder spokesman "
                         "director manager spokeswoman spokesperson".split()),
    "country": frozenset("minister ambassador envoy spokesman spokeswoman spokesperson".split()),
    "commission": frozenset(["commissioner"]),
    "police": frozenset("detective inspector constable officer superintendent sergeant".split()),
    "government": frozenset("minister premier spokesman spokeswoman spokesperson".split()),
}
# Nouns of bodies that, before an unowned title, own it: "federation spokesperson X",
# "Labour group leader Y" are not the target's (its own nouns are read before this).
BODY_NOUNS = frozenset("""federation association union group party alliance coalition campaign
society chamber network trust committee movement forum""".split())
# Nouns of bodies that own a title anywhere before its role ("Council environmental services
# director X", "NFU dairy board chairman Y"), where the target's own words did not.
OTHER_BODIES = BODY_NOUNS | frozenset("council board".split())
# Roles that, unowned, head a body by a word of its name ("Brookfield Area School District":
# "Superintendent X"; "Warrego Plains Regional Council": "Mayor Y").
HEAD_ROLES = {
    "district": frozenset(["superintendent"]), "schools": frozenset(["superintendent"]),
    "council": frozenset(["mayor", "leader"]), "city": frozenset(["mayor"]),
    "municipality": frozenset(["mayor"]), "municipal": frozenset(["mayor"]),
    "police": frozenset(["chief", "commissioner"]), "fire": frozenset(["chief"]),
    "bank": frozenset(["governor"]), "department": frozenset(["chief", "secretary", "director"]),
}
# Roles that are the target's in an apposition after the name, where the title stands alone
# ("Ruth Ogilvie, finance director, said"), besides the bare roles.
APPOSITION_ROLES = {"company": frozenset(["director"])}
# Words that may stand in such an unowned title: departments and ranks, and "company" ("Company
# director X" in an article about a developer that never calls itself "the company").
TITLE_MODIFIERS = frozenset("""
chief managing deputy junior senior financial operating energy climate change environment
environmental foreign affairs trade finance economy economic defence defense health education
interior home justice culture immigration transport agriculture labour labor industry commerce
development treasury mines mining resources fisheries tourism security digital science
technology communications water housing infrastructure planning sport detective police
operations commercial general plant technical sales marketing research services service
publishing corporate public relations medical clinical scientific artistic legal policy product
engineering media press programme program investor acting assistant associate interim
presidential emergency cabinet budget migration natural lands oceans marine forest forests
forestry wildlife petroleum power export urban company
""".split())
# An unowned defence lawyer ("Defence lawyer X", "by defence counsel Y") in news of a charge
# against a person or a body is the accused's, and the accused is the article's target: all 10
# so named in the development annotations whom no other rule put on the target's side were for
# it (a lawyer with no "defence" before the title was as often a prosecutor's or a victim's).
_DEFENCE_TITLE = re.compile(r"\b[Dd]efen[cs]e\s+(?:lawyer|attorney|counsel|barrister|solicitor)"
                            r"\s+$")
_WORD = re.compile(r"[A-Za-z]+")
_DETERMINERS = frozenset("a an the one its his her their".split())
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*")
# A name followed by a role or a capitalised word is a modifier there, not the name of a
# speaker: "French foreign ministry spokesperson Hélène Marchetti".
_MODIFIER_AFTER = re.compile(r"\s+(?:[A-Z]|(?:" + "|".join(sorted(SPOKES_ROLES)) + r")\b)")
_CHAIN_GAP = re.compile(r"(?:['’]s)?[\w\s'’.-]{0,60},?\s*(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?")
_HONORIFIC = r"(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame)\.?\s+"
_HONORIFIC_END = re.compile(rf"(?<![\w.-]){_HONORIFIC}$")
# Words that make the words between the target and a name a clause, not a title chain:
# "Jaxon Ness has been suspended for a check to the head of Denver defenseman X".
_CHAIN_VERBS = frozenset("is are was were be been being has have had will would said says who "
                         "which that than".split())
# A chain that ends in a preposition names a place or a body, not the role's holder: "the Russian
# embassy in Skopje", "Russia's ambassador to Chile", "a hit to the head of Medicine Hat Tigers".
_PLACE_AFTER = re.compile(r"\s(?:in|to|at|from|of|for)\s+$")
# Between the target's name and a role's holder: an acronym in apposition and an honorific
# ("the Secretary General of the Ministry of Secondary Education, MINESEC, Dr. X").
_COMMA_GAP = re.compile(rf",?\s*(?:[A-Z]{{2,}},\s*)?(?:{_HONORIFIC})?")
# Roles that own the target named after "of": "Secretary General of the Ministry", besides
# the people the target owns.
ROLES_OF = OWNED_ROLES | {"general"}
_ROLE_FOR = re.compile(r"\b(\w+)\s+(?:for|of|at|to)\s+(?:the\s+)?$")
_OWNER_PRONOUN = re.compile(r"\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,3}?"
                            r"(\w+),?\s*$")
_APPOSITION_FOR = re.compile(r",\s+(?:(?:a|an|the|its|his|her)\s+)?((?:[\w'’-]+\s+){0,4}?)"
                             r"(\w+)\s+(?:for|of|at|to)\s+")
_APPOSITION = re.compile(r",\s+")
_OWNED_ROLE = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){1,4}")
# An unowned title in an apposition after the name: "Alastair Penhale, chief executive, said".
_TITLE_AFTER = re.compile(r",\s+(?:the\s+)?([a-zA-Z][a-zA-Z -]{1,50}?)(?=,|\s+(?:said|says|told|"
                          r"added|insisted|argued|wrote)\b)")


def target_side(text: str, actors: list[tuple], sentences: list,
                mention_rows: list[tuple],
                roles: dict[str, tuple[str, str]] | None = None) -> set[str]:
    """Actors who are the target or speak for it.

    - named by the target's name or the description the article uses for it ("Kopano
      Platinum", "Russian diplomats", "Kelvo spokeswoman", "company"), or part of it ("Van der
      Linden" for the family firm "Van der Linden & Zonen"), or, for a person, bearing the
      target's surname ("Kyle Tillman" for Gregory Tillman): the target, its people, its family;
    - introduced by a role of the target's ("Coralbay's chief executive, Peter Vandenberg",
      "a company spokesman, Lars Nygaard", "a spokeswoman for the mayor, Dana Kim", "his
      lawyer, Elena Ruiz" right after the target, "Lars Nygaard, a spokesman for Maersk");
    - introduced by a role that, unowned, is that of the kind of body the target is ("Chief
      executive Thabo Nkosi" in an article about a company, "Energy Minister Arif Santoso" in
      one about a country);

    unless a word makes them an outsider ("Westbury City Supporters' Trust", "the former
    Westbury striker"). A second pass admits the people of a side body named after the target
    ("ministry spokesman He Jianping" after "China's commerce ministry").
    """
    words = _target_words(mention_rows)
    if not words or not actors:
        return set()
    bare = _bare_roles(mention_rows)
    country = "ambassador" in bare  # only a country's roles hold an ambassador
    proper = {row[2] for row in mention_rows
              if row[2][:1].isupper() and not row[2].lower().startswith("the ")}
    longest = max(proper, key=len, default="")  # the target's full name
    words = words | _initials_in(text, longest)
    if longest and not country and target_kind(longest, text) == "organisation":
        # Any body has a chief executive and a spokesperson, and its kind its own heads:
        # a district's superintendent, a council's mayor, a central bank's governor; a city's
        # government too, though its name gives it a government's roles ("City Administration").
        bare = bare | BARE_ROLES["company"]
        for w in _WORD.findall(longest):
            bare = bare | HEAD_ROLES.get(w.lower(), frozenset())
        words = words | _name_nouns(text, longest)
    # The words of the target's name, which may own a title: "Fire Chief X" of the Harlan
    # Springs Fire Department, "Aotea chair Y" of Aotea Biotech
    own = frozenset(w.lower() for w in _WORD.findall(longest)
                    if w[:1].isupper() and len(w) > 2) - _NAME_STOPWORDS

    def person_target() -> bool:  # read only where "its" would own a role
        return " " in longest and target_kind(longest, text) == "person"
    # "Queensland" of "Queensland government": its bodies are the government's
    places = {n.rsplit(None, 1)[0] for n in proper
              if n.lower().endswith((" government", " administration"))}
    ends = [s.end for s in sentences]
    national = bool(bare & BARE_ROLES["country"]) and bool(proper & COUNTRY_WORDS)
    side: set[str] = set()
    nationals: set[str] = set()
    # An association named after a body is its staff's or its users' ("CSIRO Staff
    # Association"); one named after a country is as often the country's own industry.
    outsiders = OUTSIDERS if "ambassador" in bare else OUTSIDERS | INTERESTS
    pattern = _words_pattern(words)
    people = frozenset(re.escape(n) for actor, kind, aliases in actors if kind == "person"
                       for n in {actor, *aliases.split("; ")} if n)
    for round_ in range(2):
        if round_:
            more = {re.escape(a) for actor, kind, aliases in actors
                    if actor in side and kind != "person" and pattern.search(actor)
                    or actor in nationals for a in aliases.split("; ") if a}
            if not more - words:
                break
            pattern = _words_pattern(words | more)
        for actor, kind, aliases in actors:
            if actor in side:
                continue
            names = {actor, *aliases.split("; ")} - {""}
            # "Regina Kaupa, who is not related to the accused": the name is not the target's
            related = kind != "person" or actor in proper or not _unrelated(text, actor)
            if related and any(_named_by_target(name, pattern, proper, outsiders, own)
                               for name in names) or \
                    related and kind == "person" and _family(actor, proper) or \
                    roles and _affiliated(*roles.get(actor, ("", "")), proper) or \
                    "minister" in bare and _state_body(actor, kind, roles, proper) and \
                    not _abroad(text, names, sentences, proper) or \
                    _place_body(actor, kind, roles, places) or \
                    kind == "person" and roles and _titled_by_target(
                        roles.get(actor, ("", ""))[0], pattern, proper):
                side.add(actor)
                continue
            for start, end in _actor_occurrences(text, actor, aliases):
                if _MODIFIER_AFTER.match(text, end):
                    continue
                i = min(bisect_right(ends, start), len(sentences) - 1)
                lo = min(sentences[i].start, start) if sentences else 0
                hi = sentences[i].end if sentences else len(text)
                if _role_of_target(text, lo, start, end, hi, pattern, kind != "group",
                                   people, person_target):
                    side.add(actor)
                    break
                if national and (kind == "organisation" or kind == "person" and " " not in actor) \
                        and actor not in COUNTRY_WORDS and \
                        _national_body(text, lo, start, end, hi, pattern):
                    side.add(actor)
                    nationals.add(actor)  # its people speak for it too: "Rosatom's head"
                    break
                before = _without_honorific(text[max(lo, start - 80):start])
                if (_bare_title(before, bare, own) or
                        kind == "person" and _bare_title_after(text, end, hi, bare) or
                        # a country is no accused
                        kind == "person" and not country and "efen" in before
                        and _DEFENCE_TITLE.search(before)):
                    if "minister" in bare and _speaks_for_other_country(text, lo, start, end,
                                                                        hi, proper):
                        break  # "Foreign Minister X said Estonia had not been consulted"
                    side.add(actor)
                    break
    return side


# "Russia's state nuclear corporation Rosatom", "Russian gas giant Gazprom", "Russia's Gazprom":
# the country word and lower-case words of what the body is, right before its name.
_NATIONAL_GAP = re.compile(r"['’]s\s+|(?:['’]s)?(?:\s+[a-z][\w-]*){1,4},?\s+")
# "Russia's Federal Agency for Fisheries, Rosrybolovstvo,", "... Surveillance (Rosselkhoznadzor)":
# the body's full name owned by the country, and the name after it.
_NATIONAL_NAME = re.compile(r"(?:['’]s)?\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|and|the)){0,8}"
                            r"\s*(?:\(|,\s+)$")
# Words that make the words between a country and a name a clause, not what the body is
# ("French residents who work in Luxembourg", "Russian diesel imports hit record as Washington").
_CLAUSE_WORDS = frozenset("in on at to as and or who which that is are was were be by from with "
                          "for of has have had will would said says than".split())
# Bodies of a country that do not speak for its state: "Russian rights group X", "the
# country's independent pollster Y", "exiled opposition channel Z".
_NOT_STATE = frozenset("independent rights exiled dissident activist activists campaign "
                       "protest".split())
# "Uralkali, Russia's largest producer,": an apposition owned by the country.
_NATIONAL_AFTER = re.compile(r"['’]s(?:\s+[a-z][\w-]*){1,5}\s*[,.;:]")


def _body_before_comma(gap: str) -> bool:
    """Whether the words between a country and a name, where a comma ends them, end in a
    body's noun ("Russia's largest gas producer, X"; not "the Russian border, X")."""
    if "," not in gap:
        return True
    last = _WORD.findall(gap)[-1:]
    return bool(last) and last[0].lower() in NATIONAL_BODY_NOUNS


# What a country's body is called before its name: "state gas giant", "largest producer".
NATIONAL_BODY_NOUNS = ORG_HEADS | NAMED_HEADS | frozenset("""giant producer producers exporter
    exporters importer maker supplier operator lender miner agency""".split())


def _national_body(text: str, lo: int, start: int, end: int, hi: int, pattern) -> bool:
    """Whether, in a country's article, a body's name is written as the country's own: its
    name or demonym and what the body is right before the name ("Russia's state nuclear
    corporation Rosatom", "Russian gas giant Gazprom", "Russia's Gazprom") or in an apposition
    after it ("Uralkali, Russia's largest potash producer,")."""
    before = text[max(lo, start - 80):start]
    last = None
    for last in pattern.finditer(before):
        pass
    if last is not None and last.group(0) in COUNTRY_WORDS:
        words = {w.lower() for w in _WORD.findall(before[last.end():])}
        if not words & (OUTSIDERS | OPPONENTS | _NOT_STATE) and (
                _NATIONAL_GAP.fullmatch(before, last.end()) and not words & _CLAUSE_WORDS
                and _body_before_comma(before[last.end():])
                or _NATIONAL_NAME.fullmatch(before, last.end())):
            return True
    m = _APPOSITION.match(text, end, hi)
    t = pattern.match(text, m.end(), hi) if m else None
    if t and t.group(0) in COUNTRY_WORDS:
        a = _NATIONAL_AFTER.match(text, t.end(), hi)
        if a and not {w.lower() for w in _WORD.findall(a.group(0))} & \
                (OUTSIDERS | OPPONENTS | _NOT_STATE):
            return True
    return False


_SPEECH_AFTER = re.compile(r"[^,;:.!?“”\"]{0,60}?\b(?:said|says|told|added|announced|warned|"
                           r"stressed|insisted|wrote)\b([^,;:!?“”\"]{0,80})")
_ENVOY = re.compile(r"[Aa]mbassador|[Ee]nvoy")
# How much of an article's opening is its headline and standfirst, for the country it is
# told from.
HEADLINE_CHARS = 200
_IN_PLACE = re.compile(r"\s*In\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}),")


def _speaks_for_other_country(text: str, lo: int, start: int, end: int, hi: int,
                              proper: set[str]) -> bool:
    """Whether a bare title in a country's article ("Foreign Minister X") is another country's
    by what its sentence says: the minister speaks of that country as the subject of what they
    said, or from its capital ("Foreign Minister X said Estonia had not been consulted", "...
    told reporters in Vilnius", "In Dushanbe, Deputy Labor Minister X said"). A story told
    from abroad gives its own ministers no country."""
    own = {COUNTRY_OF[n] for n in proper if n in COUNTRY_OF}
    if not own:
        return False  # "Health Minister X" in an article about Health New Zealand
    for m in (_SPEECH_AFTER.match(text, end, hi), _IN_PLACE.match(text, lo, start)):
        # the first country named there: "said Portugal had asked Spain" is Portugal's
        found = next((c for run in _CAPITALISED_RUN.finditer(m.group(1))
                      if (c := _countries_in(run.group(0)))), None) if m else None
        if found:
            return not {COUNTRY_OF.get(n, n) for n in found} & own
    if _ENVOY.search(text, max(lo, start - 40), start):
        return False  # the envoy a country summons is most often the target's
    # A story told from another country names it first, in its headline or standfirst
    # ("Chile recalls ambassador from Argentina"): its bare titles are that country's.
    found = next((c for run in _CAPITALISED_RUN.finditer(text, 0, HEADLINE_CHARS)
                  if (c := _countries_in(run.group(0)))), None)
    return bool(found) and not {COUNTRY_OF.get(n, n) for n in found} & own


def _titled_by_target(title: str, pattern, proper: set[str]) -> bool:
    """Whether the actor's title owns a role by a word the article uses for the target
    ("spokesperson for the trust", "WSF chief", "Pattaya mayor"): not where that word is the
    role itself ("general secretary" of a Transport Secretary's article), nor part of a longer
    name ("Greater Manchester Police Federation"), nor where a word makes them an outsider."""
    words = {w.lower() for w in _WORD.findall(title)}
    if not words & TITLE_ROLES or words & OUTSIDERS:
        return False
    m = pattern.search(title)
    if m is None or m.group(0).lower() in TITLE_ROLES or \
            _NAME_GOES_ON.match(title, m.end()):
        return False
    return not (m.group(0)[:1].islower() and any(
        w[:1].isupper() and w.lower() not in _DETERMINERS
        for w in _WORD.findall(title[:m.start()])))


TITLE_ROLES = SPOKES_ROLES | {"chief", "officer", "cfo", "ceo", "mayor", "alderman", "convener",
                               "convenor"}
_NAME_GOES_ON = re.compile(r"(?:\s+(?:of|for|and|&))?\s+[A-Z]")


def _affiliated(title: str, affiliation: str, proper: set[str]) -> bool:
    """Whether the analysis gives the actor the target itself as its affiliation ("Owen
    Marsh, vice president of product at Pulsewise"; not "... Pulsewise Users' Forum"), in a
    title that makes them no outsider; or a title that heads the target ministry ("Culture
    Minister" of the "Culture Ministry", "Minister of Health" of the "Ministry of Health")."""
    if {w.lower() for w in _WORD.findall(title)} & OUTSIDERS:
        return False
    low = title.lower()
    for name in proper:
        if "Ministry" in name:
            of = _MINISTRY_OF.fullmatch(name.lower())
            if name.lower().replace("ministry", "minister") in low or \
                    of and f"{of.group(1)} minister" in low:
                return True
    return bool(affiliation) and affiliation.removeprefix("the ").removeprefix("The ") in proper


_MINISTRY_OF = re.compile(r"(?:the\s+)?ministry\s+of\s+(?:the\s+)?(.+)")


# Heads of the names of a state's own departments: "the agriculture ministry", "Ministry of
# the Presidency", "Transport Department".
STATE_BODIES = frozenset("ministry department".split())
# People named by such a body or by the state itself: "a ministry official", "a government
# spokesman".
STATE_PEOPLE = frozenset("official officials spokesman spokeswoman spokesperson source "
                         "sources".split())


def _state_body(actor: str, kind: str, roles: dict[str, tuple[str, str]] | None,
                proper: set[str]) -> bool:
    """Whether, in an article about a country or a government, the actor is one of its own
    departments or their people, owned by no other place: "agriculture ministry", "Ministry
    of the Presidency", "a ministry official" (not "Kyrgyz foreign ministry")."""
    title = (roles or {}).get(actor, ("", ""))[0]
    for name in (actor, title) if kind == "person" else (actor,):
        words = _WORD.findall(name)
        lower = [w.lower() for w in words]
        if not set(lower) & STATE_BODIES or \
                kind == "person" and not (lower and lower[-1] in STATE_PEOPLE):
            continue
        if _countries_in(name) <= proper:
            return True
    return False


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


def _countries_in(text: str) -> set[str]:
    """The known countries' names, demonyms and capitals in ``text`` ("Kyrgyz", "Tokyo")."""
    found = set()
    for run in _CAPITALISED_RUN.findall(text):
        words = [w.rstrip(".,") for w in run.split()]
        for n in range(1, min(3, len(words)) + 1):
            for i in range(len(words) - n + 1):
                name = " ".join(words[i:i + n])
                if name in COUNTRY_WORDS:
                    found.add(name)
                elif name.endswith(("'s", "’s")) and name[:-2] in COUNTRY_WORDS:
                    found.add(name[:-2])
    return found


PLACE_BODIES = frozenset("ministry department service agency authority".split())


def _place_body(actor: str, kind: str, roles: dict[str, tuple[str, str]] | None,
                places: set[str]) -> bool:
    """Whether, in an article about a place's government, the actor is one of its bodies or
    their people: "Queensland Parks and Wildlife Service" for the Queensland government."""
    if not places:
        return False
    title = (roles or {}).get(actor, ("", ""))[0]
    for name in (actor, title):
        if any(name.startswith(p + " ") for p in places) and \
                {w.lower() for w in _WORD.findall(name)} & PLACE_BODIES:
            return True
    return False


def _abroad(text: str, names: set[str], sentences: list, proper: set[str]) -> bool:
    """Whether a sentence naming the actor names a country other than the target: "In
    Tokyo, the Ministry of Economy said ..."."""
    starts = [s.start for s in sentences]
    names = names | {n[:1].lower() + n[1:] for n in names}  # "Ministry official" as written
    for start, _ in _occurrences(text, names):
        i = bisect_right(starts, start) - 1
        if i >= 0 and _countries_in(sentences[i].text) - proper:
            return True
    return False


@lru_cache(maxsize=256)
def _actor_occurrences(text: str, actor: str, aliases: str) -> tuple[tuple[int, int], ...]:
    """Where the article names the actor by any of their names ("; "-joined ``aliases``):
    several rules read them, so the text is searched once per actor."""
    return tuple(_occurrences(text, {actor, *aliases.split("; ")} - {""}))


def _occurrences(text: str, names: set[str]):
    """(start, end) of each whole-word occurrence of any of ``names`` in ``text``."""
    for name in names:
        i = text.find(name)
        while i >= 0:
            j = i + len(name)
            if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "-_")) and \
                    (j == len(text) or not (text[j].isalnum() or text[j] in "-_")):
                yield i, j
            i = text.find(name, i + 1)


_POSSESSIVE = re.compile(r"['’]s?$")
# Words of a body's name that do not own a title by themselves.
_NAME_STOPWORDS = frozenset("the and for of national new".split())
# Nouns of a body's name that the article may use alone, in lower case, for the body: "the
# league's chief executive" for the Nordic Handball League, "the gallery's director general"
# for the National Gallery Prague.
NAME_NOUNS = ORG_HEADS | NAMED_HEADS | frozenset("""league museums galleries institution
    festival tournament championship orchestra hospital""".split())


def _name_nouns(text: str, name: str) -> frozenset[str]:
    """Regex alternatives ("[Ll]eague") for the nouns of the body's name ``name`` that the
    article writes in lower case after "the" ("the league")."""
    found = set()
    for w in _WORD.findall(name):
        low = w.lower()
        if w[:1].isupper() and low in NAME_NOUNS and any(
                f"{the} {low}" in text and _contains_word(text, f"{the} {low}")
                for the in ("the", "The")):
            found.add(f"[{low[0].upper()}{low[0]}]{re.escape(low[1:])}")
    return frozenset(found)


_MORE_LEGAL_FORMS = frozenset("PT Tbk JSC PJSC OAO OOO Pvt Sdn".split())


def _initials_in(text: str, name: str) -> frozenset[str]:
    """The initials (three or more) of the target's name, with or without a legal form
    ("PT Sulawesi Prima Nikel": "SPN"), where the article uses them as a word: "BBMP Chief
    Commissioner X" for the Bruhat Bengaluru Mahanagara Palike."""
    caps = [w for w in name.split() if w[:1].isupper()]
    found = set()
    for words in (caps, [w for w in caps if w not in LEGAL_FORMS | _MORE_LEGAL_FORMS],
                  [w.capitalize() for w in name.split()],  # "DOH": Department of Health
                  name.split()):  # "MoH": Ministry of Health
        initials = "".join(w[0] for w in words)
        if len(initials) >= 3 and initials != name and initials in text and \
                _contains_word(text, initials):
            found.add(re.escape(initials))
    return frozenset(found)


def _target_words(mention_rows: list[tuple]) -> frozenset[str]:
    """Regex alternatives for the words by which the article refers to the target, read off its
    references ("Maersk", "company" from "the company"), so that "a company spokesman" matches."""
    words = set()
    for _, _, mention, *_ in mention_rows:
        if mention.lower().startswith("the "):
            head = mention[4:].split()[-1]
            words.add(f"[{head[0].upper()}{head[0].lower()}]{re.escape(head[1:])}")
        else:
            words.add(re.escape(mention))
    return frozenset(words)


@lru_cache(maxsize=256)
def _words_pattern(words: frozenset[str]) -> re.Pattern[str] | _WordsFinder:
    """``re.compile(r"(?<![\\w-])(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) +
    r")(?![\\w-])")``, or what finds the same without compiling it: each article has its own
    words, and the pattern cost about 0.3 ms to compile."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    forms = [_literal_forms(w) for w in ordered]
    if all(forms):
        return _WordsFinder(forms)
    return re.compile(r"(?<![\w-])(?:" + "|".join(ordered) + r")(?![\w-])")


_ESCAPED = re.compile(r"\\(.)", re.S)
_CASES_FIRST = re.compile(r"\[(\w)(\w)\](.*)", re.S)


def _literal_forms(word: str) -> tuple[str, ...]:
    """The texts the regex alternative ``word`` matches when it is ``re.escape`` of a text, or
    a class of two word characters and that ("[Cc]ompany"); else () (none of these)."""
    cases = _CASES_FIRST.fullmatch(word)
    rest = cases.group(3) if cases else word
    literal = _ESCAPED.sub(r"\1", rest)
    if re.escape(literal) != rest or not (cases or literal):
        return ()
    return (cases.group(1) + literal, cases.group(2) + literal) if cases else (literal,)


class _Span:
    """The parts of a match that the stance rules read."""

    __slots__ = ("string", "_start", "_end")

    def __init__(self, string: str, start: int, end: int) -> None:
        self.string, self._start, self._end = string, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self, n: int = 0) -> str:
        if n:
            raise IndexError("no such group")
        return self.string[self._start:self._end]


class _WordsFinder:
    """A pattern ``(?<![\\w-])(?:...)(?![\\w-])`` of literal alternatives, tried in order at
    each place: their matches found with str.find. ``forms`` holds each alternative's texts.
    search, match, fullmatch and finditer behave as the compiled pattern's do (tests compare
    them)."""

    def __init__(self, forms: list[tuple[str, ...]]) -> None:
        self.forms = forms

    def _found(self, string: str, pos: int, endpos: int | None) -> list[tuple[int, int, int]]:
        """(start, alternative, end) of every alternative that matches in string[pos:endpos]."""
        size = len(string) if endpos is None else max(0, min(endpos, len(string)))
        pos = max(0, pos)
        found = []
        for order, forms in enumerate(self.forms):
            for form in forms:
                i = string.find(form, pos, size)
                while i >= 0:
                    j = i + len(form)
                    if (i == 0 or not ((c := string[i - 1]).isalnum() or c in "-_")) and \
                            (j == size or not ((c := string[j]).isalnum() or c in "-_")):
                        found.append((i, order, j))
                    i = string.find(form, i + 1, size)
        found.sort()
        return found

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None):
        last = pos
        spans = []
        for start, _, end in self._found(string, pos, endpos):
            if start >= last:
                spans.append(_Span(string, start, end))
                last = end
        return iter(spans)

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> _Span | None:
        found = self._found(string, pos, endpos)
        return _Span(string, found[0][0], found[0][2]) if found else None

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> _Span | None:
        size = len(string) if endpos is None else max(0, min(endpos, len(string)))
        pos = min(max(0, pos), len(string))
        if pos > 0 and ((c := string[pos - 1]).isalnum() or c in "-_"):
            return None
        for forms in self.forms:
            for form in forms:
                j = pos + len(form)
                if j <= size and string.startswith(form, pos) and \
                        (j == size or not ((c := string[j]).isalnum() or c in "-_")):
                    return _Span(string, pos, j)
        return None

    def fullmatch(self, string: str) -> _Span | None:
        return _Span(string, 0, len(string)) \
            if any(string in forms for forms in self.forms) else None


def _bare_roles(mention_rows: list[tuple]) -> frozenset[str]:
    """The roles that, unowned, are the target's, by the kind of body its references show."""
    roles: set[str] = set()
    texts = {row[2] for row in mention_rows}
    heads = {t.lower().split()[-1] for t in texts if t.lower().startswith("the ")}
    if texts & COUNTRY_WORDS:
        roles |= BARE_ROLES["country"]
    if heads & {"company", "firm"}:
        roles |= BARE_ROLES["company"]
    if "commission" in heads or any(t.endswith("Commission") for t in texts):
        roles |= BARE_ROLES["commission"]
    if heads & {"police", "force"} or any(t.endswith("Police") for t in texts):
        roles |= BARE_ROLES["police"]
    # A government's roles where the target is named as one ("Queensland government"), or
    # never by a proper name: "the government" beside a company's or an agency's name is most
    # often another body the article links to it, whose ministers are not the target's.
    named = {t for t in texts if not t.lower().startswith("the ")}
    if any(t.lower().endswith((" government", " administration")) for t in named) or \
            heads & {"government", "administration"} and not named:
        roles |= BARE_ROLES["government"]
    return frozenset(roles)


_TITLE_TOKEN = re.compile(r"[\w'’.-]+")
_TITLE_TAIL = re.compile(r"[\w'’.-]+$")


def _title_before(before: str) -> tuple[list[str], int, bool] | None:
    """The last words (up to six) of ``before``, where it ends in words and a space or a
    comma: (words, where the first begins, whether a comma ends them). A regex search for
    the same runs from every position of ``before``; walking back from its end is faster."""
    body = before.rstrip()
    comma = body.endswith(",")
    if comma:
        body = body[:-1]
    elif len(body) == len(before):
        return None  # a title is followed by a space or a comma
    if not body or body[-1].isspace():
        return None
    tokens: list[str] = []
    end = at = len(body)
    while len(tokens) < 6 and end > 0:
        start = end
        while start > 0 and not body[start - 1].isspace():
            start -= 1
        word = body[start:end]
        if _TITLE_TOKEN.fullmatch(word):
            tokens.append(word)
            at = start
        else:
            tail = _TITLE_TAIL.search(word)
            if tail:
                tokens.append(tail.group(0))
                at = start + tail.start()
            break
        end = start
        while end > 0 and body[end - 1].isspace():
            end -= 1
    return (tokens[::-1], at, comma) if tokens else None


def _without_honorific(before: str) -> str:
    """``before`` without the honorific that ends it: "Chief executive Dr " -> "Chief
    executive "."""
    m = _HONORIFIC_END.search(before)
    return before[:m.start()] if m else before


def _bare_title(before: str, roles: frozenset[str], own: frozenset[str] = frozenset()) -> bool:
    """Whether ``before`` ends in an unowned title of one of ``roles``: "Energy Minister ",
    "chief executive " (not "Queensland Energy Minister ", "Brazil's environment minister "),
    or one owned by words of the target's own name ``own`` (lower case): "Fire Chief " for the
    Harlan Springs Fire Department."""
    if not roles:
        return False
    found = _title_before(before)
    if not found:
        return False
    tokens, at, comma = found
    for j in range(len(tokens) - 2, 0, -1) if "minister" not in roles else ():
        # a portfolio after the role: "Director of Services X" (a minister's may be any
        # country's)
        if tokens[j].lower() in ("of", "for") and tokens[j - 1].lower() in roles and \
                all(t.lower() in TITLE_MODIFIERS for t in tokens[j + 1:]):
            tokens = tokens[:j]
            break
    n = len(tokens)
    while n > 0 and tokens[n - 1].lower() in TITLE_MODIFIERS | roles:
        n -= 1
    if n == len(tokens) or tokens[-1].lower() not in roles:
        return False
    if own and not comma and n and _POSSESSIVE.sub("", tokens[n - 1].lower()) in own:
        k = n
        while k > 0 and (_POSSESSIVE.sub("", tokens[k - 1].lower()) in own or
                         tokens[k - 1].lower() in TITLE_MODIFIERS):
            k -= 1  # "Deputy City Mayor" of the City Council
        if k == 0:
            head = before[:at].rstrip()
            return not head or head[-1] in ".,;:!?\"“”‘’—(" or \
                head.split()[-1] in {"and", "said"}
        return not _NAME_WORD.fullmatch(tokens[k - 1]) or tokens[k - 1] in {"A", "An", "The"}
    if comma:
        # set off by a comma, only where a sentence opens with the title: "The minister,
        # Carlos Mabunda, said" (not "said the minister, X", who may be anyone's)
        head = before[:at].rstrip()
        return n == 1 and tokens[0] == "The" and (not head or head[-1] in ".!?\"“”‘’")
    if n == 0:
        head = before[:at].rstrip()
        return not head or head[-1] in ".,;:!?\"“”‘’—(" or \
            head.split()[-1] in {"and", "said"}
    if any(t.lower() in OTHER_BODIES for t in tokens[:n]):
        return False  # "Council environmental services director X": another body's
    owner = tokens[n - 1]
    if owner.lower() in BODY_NOUNS or n >= 2 and owner[:1].islower() and \
            _NAME_WORD.fullmatch(tokens[n - 2]) and not tokens[n - 2].endswith(".") and \
            tokens[n - 2].lower() not in {"a", "an", "the"}:
        return False  # "federation spokesperson X", "Usdaw national officer X"
    # A capitalised or possessive word before the title is its owner ("Queensland",
    # "Brazil's", "French"); a determiner or a verb is not.
    return not (_NAME_WORD.fullmatch(owner) and owner.lower() not in {"a", "an", "the"}
                or owner.endswith(("'s", "’s", "s'", "s’")))


def _bare_title_after(text: str, end: int, hi: int, roles: frozenset[str]) -> bool:
    """Whether the name ending at ``end`` is followed by an unowned title of one of ``roles``
    in apposition: "Alastair Penhale, chief executive, told analysts", "Ruth Ogilvie, finance
    director, said" (not "..., a director of the campaign group, said")."""
    if not roles:
        return False
    m = _TITLE_AFTER.match(text, end, hi)
    if not m:
        return False
    tokens = m.group(1).lower().split()
    if "executive" in roles:
        roles = roles | APPOSITION_ROLES["company"]
    return tokens[-1] in roles and all(t in TITLE_MODIFIERS or t in roles for t in tokens)


# "Regina Kaupa, who is not related to the accused", "Sarah Kavanagh – no relation –"
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")  # "Marcella" of "Marcella Jno Baptiste"
_NOT_RELATED = re.compile(r"\b(?:not|no)\s+(?:related|relation|relative)\b")


def _unrelated(text: str, actor: str) -> bool:
    """Whether the article says, right after the actor's full name, that they are not
    related to the one whose surname they bear."""
    return " " in actor and any(_NOT_RELATED.search(text, end, end + 60)
                                and not _NAME_BEFORE.search(text, max(0, start - 30), start)
                                for start, end in _occurrences(text, {actor}))


def _family(actor: str, proper: set[str]) -> bool:
    """Whether a person bears the target's surname: "Kyle Tillman" for Gregory Tillman,
    "Claire Abernathy-Reyes" for Ruth Abernathy, "Hendrik van der Linden" for the family
    firm "Van der Linden & Zonen"."""
    words = actor.split()
    if len(words) < 2:
        return False
    parts = [p for p in words[-1].split("-") if p[:1].isupper() and len(p) > 2]
    return any(_contains_word(n, p) for p in parts for n in proper)


def _contains_word(text: str, words: str) -> bool:
    return next(_occurrences(text, {words}), None) is not None


def _named_by_target(name: str, pattern: re.Pattern[str], proper: set[str],
                     outsiders: frozenset[str] = OUTSIDERS,
                     own: frozenset[str] = frozenset()) -> bool:
    """Whether the actor's name carries the target's ("Russian diplomats", "Kelvo
    spokeswoman", "Abernathy-Reyes", "Halbury council" for Halbury Borough Council, whose
    name's words are ``own``) or is part of it ("Van der Linden" in "Van der Linden &
    Zonen"), with no word that makes them an outsider ("Supporters' Trust")."""
    if " " in name and any(_contains_word(n, name) for n in proper):
        return True
    m = pattern.search(name)
    if m is None:
        return "-" in name and any(pattern.fullmatch(part) for part in name.split("-"))
    if m.group(0)[:1].islower() and any(w[:1].isupper() and w.lower() not in _DETERMINERS
                                        and w.lower() not in own
                                        for w in _WORD.findall(name[:m.start()])):
        return False  # "Kyrgyz foreign ministry" is not "the ministry" of another country
    rest = {w.lower() for w in _WORD.findall(name[m.end():])} | \
        {w.lower() for w in _WORD.findall(name[:m.start()])}
    return not rest & outsiders


def _role_of_target(text: str, lo: int, start: int, end: int, hi: int,
                    pattern: re.Pattern[str], own_role: bool = True,
                    people: frozenset[str] = frozenset(),
                    person_target: Callable[[], bool] = lambda: False) -> bool:
    """Whether the name at text[start:end] is introduced as the target's person: a title chain
    with a role between a target word and the name, or an apposition after it. With
    ``own_role``, the name's own last word may be the role ("the ministry" in "China's commerce
    ministry"); not for a group, whose bare plural is as often other people ("diplomats said"
    is not "Russian diplomats")."""
    before = text[max(lo, start - 80):start]
    own = [w.lower() for w in _WORD.findall(text[start:end])][-1:] if own_role else []
    for m in pattern.finditer(before):
        gap = before[m.end():]
        prev = _WORD.findall(before[:m.start()])[-1:]
        if prev and prev[0].lower() in OUTSIDERS:
            continue
        words = {w.lower() for w in _WORD.findall(gap)}
        if _CHAIN_GAP.fullmatch(gap) and (words | set(own)) & OWNED_ROLES and \
                not words & (OUTSIDERS | _CHAIN_VERBS) and not _PLACE_AFTER.search(gap):
            return True  # "Coralbay's chief executive, Peter Vandenberg"
        role = _ROLE_FOR.search(before, 0, m.start())
        if _COMMA_GAP.fullmatch(gap) and role and role.group(1).lower() in ROLES_OF:
            return True  # "a spokeswoman for the mayor, Dana Kim"
    pronoun = _OWNER_PRONOUN.search(before)
    if pronoun and pronoun.group(1).lower() in OWNED_ROLES and \
            not (before[pronoun.start()] in "Ii" and person_target()):  # "its": no person's
        # "Lamb has pleaded not guilty, and his lawyer, Elena Ruiz": the owner is the last
        # name before the pronoun, if that is the target's.
        at = start - len(before) + pronoun.start()
        back = text[max(0, at - 300):at]
        if people and before[pronoun.start()].lower() == "h":
            # "Porter said ... at the old Capitol. Her press secretary, Caleb Norris": "his"
            # or "her" is the last person the article named, if that is the target.
            last = None
            for last in _words_pattern(people).finditer(back):
                pass
            if last is not None and pattern.search(last.group(0)):
                return True
        run = _last_name(back)
        if run and pattern.search(back, *run):
            return True
        # ... or the target, named or described, after the last name ("... the company said.
        # Its founder and chief executive, Travis Kemper"; "Lamb has pleaded not guilty, and
        # his lawyer"), unless as a possessor ("represents Kopano's workers. Its ...").
        last = None
        for last in pattern.finditer(back, run[1] if run else 0):
            pass
        if last is not None and not back.startswith(("'s", "’s"), last.end()):
            return True
    m = _APPOSITION_FOR.match(text, end, hi)
    t = pattern.match(text, m.end(), hi) if m and m.group(2).lower() in OWNED_ROLES else None
    if t is None and m and m.group(2).lower() in OWNED_ROLES and \
            text.startswith("the ", m.end()):
        t = pattern.match(text, m.end() + 4, hi)  # "X, research director at the institute"
    if t and not _CAPITAL_NEXT.match(text, t.end(), hi) and \
            not {w.lower() for w in _WORD.findall(m.group(1))} & OUTSIDERS:
        # "Lars Nygaard, a spokesman for Maersk" (not "a scientist at Kuwait University")
        return True
    m = _APPOSITION.match(text, end, hi)
    t = pattern.match(text, m.end(), hi) if m else None
    if m and t is None and text.startswith(("the ", "The "), m.end()):
        t = pattern.match(text, m.end() + 4, hi)  # "Krzysztof Malec, the bank's governor"
    if t:
        role = _OWNED_ROLE.match(text, t.end(), hi)
        words = {w.lower() for w in _WORD.findall(role.group(0))} if role else set()
        if words & OWNED_ROLES and not words & OUTSIDERS:
            # "Peter Vandenberg, Coralbay's chief executive", "X, the council's cabinet member"
            return True
    return False


_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def _last_name(text: str) -> tuple[int, int] | None:
    """(start, end) of the last run of capitalised words in ``text`` ("Curtis Lamb"), leaving
    out a lone capitalised word that only opens a sentence ("The", "But") and a possessor,
    which is not what a later "its" or "his" is about ("the union, which represents Kopano's
    workers. Its general secretary ...")."""
    runs = [m.span() for m in _NAME_RUN.finditer(text)
            if (" " in m.group(0) or text[:m.start()].rstrip()[-1:] not in {".", "“", '"', ""})
            and not m.group(0).endswith(("'s", "’s"))]
    return runs[-1] if runs else None


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
    finder = NameFinder(names)
    by_sentence: dict[int, list[tuple]] = {}
    for row in mention_rows:
        by_sentence.setdefault(row[3], []).append(row)
    found = []
    for sid, rows in by_sentence.items():
        s = sentences[sid]
        if s.is_boilerplate or sid in quoted:
            continue
        matches = list(finder.finditer(text, s.start, s.end, not_possessive=True))
        # The subject is the first person named, not a body inside their title
        # ("France's UN ambassador Francois Delattre ... blasted ...").
        m = next((x for x in matches if kinds[names[x[2]]] == "person"),
                 matches[0] if matches else None)
        if not m:
            continue
        after = text[m[1]:s.end].lower()
        if not any(w in FRAMING_VERBS for w in re.findall(r"[a-z]+", after)):
            continue
        scores = [r[5] for r in rows if r[0] >= m[1]]
        if scores:
            found.append((names[m[2]], sum(scores) / len(scores)))
    return found


# The writer has an actor take a side on an act, which in the target's article is the
# target's: "Halcyon welcomed the decision", "X, who opposed the closures, said",
# "Councillor Y, who voted no, said".
ACT_FRAMING_SCORE = 0.8
_FOR_ACT = frozenset("""
welcomed welcomes welcoming backed backs backing supported supports supporting praised
praises hailed hails applauded applauds endorsed endorses defended defends defending
""".split())
_AGAINST_ACT = frozenset("""
opposed opposes opposing criticised criticises criticising criticized criticizes criticizing
condemned condemns condemning denounced denounces attacked attacks rejected rejects slammed
slams challenged challenges challenging fought fights fighting protested protests protesting
""".split())
_ACT_OBJECT = "|".join(sorted(ACT_NOUNS | set(GENERIC_ACTS) | {a + "s" for a in GENERIC_ACTS}
                              | {"package", "packages"}, key=lambda w: (-len(w), w)))
_TAKES_SIDE = re.compile(
    rf"\b({'|'.join(sorted(_FOR_ACT | _AGAINST_ACT))})\s+(?:the|this|these|its|their)\s+"
    rf"(?:[a-z][\w-]*\s+){{0,3}}?(?:{_ACT_OBJECT})\b(?!\s+(?:of|by)\s+[A-Z])"
    rf"|\bvoted\s+(no|against|yes|for)\b")
# After the name: a relative clause ("X, who ... opposed the closures,") or the main verb,
# maybe after an apposition ("X, a farmer in Y, welcomed the decision").
_RELATIVE = re.compile(r"(?:,\s+[^,.;:]{1,30}?\.?)?,\s+(?:who|which)\s+([^,.;:]{0,120})")
_MAIN_VERB = re.compile(r"(?:,[^,.;:]{0,120},)?\s+(?:has\s+|had\s+|have\s+|also\s+|"
                        r"publicly\s+|strongly\s+|quickly\s+)*")


def _act_framing(text: str, actors: list[tuple], sentences: list) -> list[tuple[str, float]]:
    """(actor, score) for sentences in which the writer has a named actor back or oppose an
    act: the decision, the plan, the closures."""
    starts = [s.start for s in sentences]
    found = []
    for actor, _, aliases in actors:
        seen: set[int] = set()
        for start, end in _actor_occurrences(text, actor, aliases):
            i = bisect_right(starts, start) - 1
            if i < 0 or i in seen or sentences[i].is_boilerplate:
                continue
            hi = sentences[i].end
            m = _RELATIVE.match(text, end, hi)
            side = _TAKES_SIDE.search(m.group(1)) if m else None
            if side is None:
                m = _MAIN_VERB.match(text, end, hi)
                side = _TAKES_SIDE.match(text, m.end(), hi) if m else None
            if side is not None:
                seen.add(i)
                verb = (side.group(1) or "").lower()
                vote = (side.group(2) or "").lower()
                sign = 1 if verb in _FOR_ACT or vote in {"yes", "for"} else -1
                found.append((actor, sign * ACT_FRAMING_SCORE))
    return found
