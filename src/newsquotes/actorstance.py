"""A learned actor stance: the features of each actor and the small model that reads them.

``stance.actor_evidence`` gathers, by hand rules, what bears on each actor's stance toward the
target: the stance of their quotes, the writer's framing, the priors of who speaks for the
target or against it. This module turns that, and a few more things the analysis knows (how
the article reports the actor's words, the tone of what they say without naming the target,
the kind of words they say (hedges, negations, "must", "we", figures), whether their title is
an expert's or an official's, where they first speak, the kind of target, whether the sentences
they are quoted in hold a contrast, how many others speak for the target), into one feature vector
per actor, and scores it with a multinomial logistic regression over four classes: against
(-1), even-handed (0), for (+1), and nothing said of the target (null). One group of features is
itself learned: a text model (``TextModel``) reads which words and pairs of words of a general
vocabulary (lower-case, used in many development batches; no names) the actor's quotes and the
writer's words in their sentences hold, by a regression and by a naive Bayes, and what both say
are eight of the actor model's features.

The weights are fitted by ``tools/train_actor_stance.py`` on the development annotations and
shipped in ``models/actor_stance.json.gz``; scoring them is plain Python. Every feature is
general: no word of a particular article, no name.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from bisect import bisect_right
from pathlib import Path

from .sentiment import softmax, vader_lexicon
from .targets import COUNTRY_WORDS, target_kind

MODEL_PATH = Path(__file__).parent / "models" / "actor_stance.json.gz"
CLASSES = ("-1", "0", "1", "null")

# How the writer reports an actor's words: verbs of defence, of attack, of urging and of
# welcome, read in the writer's words of the sentences the actor's quotes stand in.
VERB_CLASSES = {
    "defend": frozenset("""denied denies deny denying rejected rejects rejecting dismissed
        dismisses defended defends defending insisted insists maintained maintains
        stressed stresses reassured assured""".split()),
    "attack": frozenset("""criticised criticized criticises criticizes condemned condemns
        warned warns accused accuses blasted slammed attacked denounced blamed blames
        complained complains lamented protested questioned""".split()),
    "urge": frozenset("""urged urges called calls demanded demands appealed pleaded
        asked""".split()),
    "welcome": frozenset("""welcomed welcomes praised praises hailed applauded thanked backed
        supported endorsed""".split()),
    # the verbs of one who informs rather than takes a side: most even-handed speakers in news
    # are reported so
    "explain": frozenset("""explained explains explaining noted notes noting added adds
        estimated estimates predicted predicts forecast forecasts projected calculated
        cautioned observed pointed told wrote writes according""".split()),
}
_VERB_CLASS = {verb: name for name, verbs in VERB_CLASSES.items() for verb in verbs}
# The runs of word characters, apostrophes and hyphens: a verb of ``_VERB_CLASS`` (all letters)
# is one where it stands alone, "(?<![\w'’-])verb(?![\w'’-])". Looking the runs up costs less
# than an alternation of the verbs tried at every position.
_RUN = re.compile(r"[\w'’-]+")
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
PRIOR_NAMES = ("side", "conceding", "observer", "even", "affected", "opponent", "labour",
               "interest", "private")
# The words of an actor's quotes that tell one who weighs and informs (hedges, figures) from
# one who takes a side (negation, "must", "we"), and titles of those who speak as experts or
# for an office.
HEDGES = frozenset("""may might could would perhaps possibly probably likely unlikely maybe
    seems seem appear appears suggest suggests depends depend uncertain unclear expect expects
    expected estimate estimated roughly about around approximately""".split())
NEGATIONS = frozenset("not no never nothing".split())
MUSTS = frozenset("must should need needs ought".split())
WE = frozenset("we our us ours".split())
ME = frozenset("i me my".split())
EXPERTS = frozenset("""analyst analysts economist economists professor researcher researchers
    scientist scientists expert experts lecturer fellow strategist academic historian
    consultant director observer observers specialist""".split())
OFFICIALS = frozenset("""official officials spokesman spokeswoman spokesperson minister
    secretary commissioner regulator agency department ministry mayor council police""".split())
# Institutions whose people news quotes to hold the target to account, or to report on it,
# read off the actor's name, title and affiliation where they do not speak for the target:
# those who oversee or prosecute it, those who campaign against what it does, courts, police.
ROLE_CLASSES = {
    "watchdog": frozenset("""inspector inspectors inspection inspectorate watchdog ombudsman
        auditor audit regulator regulatory prosecutor prosecutors prosecution""".split()),
    "advocacy": frozenset("""rights environmental watch advocacy campaign campaigners activist
        activists ngo""".split()),
    "court": frozenset("court judge judges magistrate tribunal justice".split()),
    "police": frozenset("police detective constable sergeant".split()),
}
_ROLE_CLASS = {w: name for name, words in ROLE_CLASSES.items() for w in words}
_DIGIT = re.compile(r"\d")
# A contrast in the sentences an actor's quotes stand in ("said the deal was a positive step
# but that ...", "However, ..."): one who weighs both sides, or answers what was said before.
_CONTRAST = re.compile(r"\b(?:but|however|yet)\b")


def _has_contrast(sentence: str) -> bool:
    low = sentence.lower()
    # Most sentences have none of the words: substring tests say so quicker than the search,
    # which tries the alternation at every position.
    return ("but" in low or "however" in low or "yet" in low) and _CONTRAST.search(low) is not None


# Those who speak for a person in court: in an article about that person, mostly for them.
LAWYERS = re.compile(r"\b(?:lawyer|attorney|counsel|defen[cs]e|barrister|solicitor)\b", re.I)
# ... but not those who prosecute them ("Assistant U.S. Attorney", "prosecuting barrister",
# "Attorney General"), who hold the target to account like a watchdog.
PROSECUTORS = re.compile(r"\bprosecut\w*|\battorneys?[- ]general\b|\bsolicitors?[- ]general\b|"
                         r"\b(?:district|state|state's|assistant|deputy|u\.?s\.?|crown|public)\s+"
                         r"(?:\w+\s+)?(?:attorney|prosecutor|counsel)\b", re.I)
_WORD_CLASS = {w: "words_" + name for name, words in (
    ("hedge", HEDGES), ("negation", NEGATIONS), ("must", MUSTS), ("we", WE), ("me", ME))
    for w in words}
_word_classes_cache: dict[str, tuple[str, ...]] = {}


def _word_classes(lexicon: dict[str, float]) -> dict[str, tuple[str, ...]]:
    """Each word's ``words_`` features: its class above, and VADER's sign."""
    if not _word_classes_cache:
        for w, v in lexicon.items():
            if v:
                _word_classes_cache[w] = ("words_positive" if v > 0 else "words_negative",)
        for w, name in _WORD_CLASS.items():
            _word_classes_cache[w] = (name, *_word_classes_cache.get(w, ()))
    return _word_classes_cache


_WORD_FEATURES = ("words_hedge", "words_negation", "words_must", "words_we", "words_me",
                  "words_positive", "words_negative")
SOURCES = ("framing", "act_framing", "grievances", "challenges")
KINDS = ("person", "organisation", "group", "country")
TARGET_KINDS = ("country", "person", "organisation")


def _target_kind(text: str, mention_rows: list[tuple]) -> str:
    texts = {row[2] for row in mention_rows}
    if texts & COUNTRY_WORDS:
        return "country"
    proper = [t for t in texts if t[:1].isupper() and not t.lower().startswith("the ")]
    if not proper:
        return "organisation"
    return target_kind(max(proper, key=len), text)


def _tone(words: list[str], lexicon: dict[str, float]) -> tuple[float, float, float]:
    """(mean valence / 4 of the lexicon's words, share negative, share positive)."""
    values = list(map(lexicon.__getitem__, filter(lexicon.__contains__, words)))
    if not values:
        return 0.0, 0.0, 0.0
    return (sum(values) / len(values) / 4, sum(v < 0 for v in values) / len(words),
            sum(v > 0 for v in values) / len(words))


def features(text: str, actors: list[tuple], quotes: list[tuple], stances: list[float],
             sentences: list, mention_rows: list[tuple], found: dict,
             use_text: bool = True) -> list[dict[str, float]]:
    """One feature dict per actor (in the order of ``actors``), from the arguments of
    ``stance.actor_evidence`` and what it returned (``found``); with ``use_text``, also the
    shipped text model's reading of the words of the actor's quotes (``TextModel``)."""
    lexicon = vader_lexicon()
    kind_of_target = _target_kind(text, mention_rows)
    ends = [s.end for s in sentences]
    per: dict[str, list[int]] = {}  # each speaker's quotes
    for n, (speaker, _, _, _, kind) in enumerate(quotes):
        if speaker is not None and kind != "scare":
            per.setdefault(speaker, []).append(n)
    side = found["side"]
    n_side = len(side)
    text_model = model().text if use_text else None
    said_all = quoted_words(text, quotes, sentences, actors) if text_model is not None else {}
    rows = []
    for i, (actor, kind, *rest) in enumerate(actors):
        f: dict[str, float] = {}
        title = (rest[1] if len(rest) > 1 else "") or ""
        if title:
            f["has_title"] = 1.0
            title_words = set(_WORD.findall(title.lower()))
            if title_words & EXPERTS:
                f["title_expert"] = 1.0
            if title_words & OFFICIALS:
                f["title_official"] = 1.0
        if set(_WORD.findall(actor.lower())) & EXPERTS:
            f["title_expert"] = 1.0  # "Analysts say ..."
        prior = found["prior"][i]
        affiliation = (rest[2] if len(rest) > 2 else "") or ""
        prosecutor = bool(PROSECUTORS.search(f"{actor} {title}"))
        if kind_of_target == "person" and LAWYERS.search(title) and not prosecutor:
            f["lawyer_person"] = 1.0
        if prior not in ("side", "conceding"):
            for w in _WORD.findall(f"{actor} {title} {affiliation}".lower()):
                if w in _ROLE_CLASS:
                    f["role_" + _ROLE_CLASS[w]] = 1.0
            if prosecutor:
                f["role_watchdog"] = 1.0
        if len(rest) > 2 and rest[2]:
            f["has_affiliation"] = 1.0
        # how many others in the article speak for the target: where it has its own voices,
        # another actor is less often read as its defender
        f["others_side"] = math.log1p(n_side - (actor in side))
        rule = found["stance"][i]
        f["rule_nan"] = float(math.isnan(rule))
        r = 0.0 if math.isnan(rule) else rule
        f["rule"] = r
        f["rule_pos"] = float(r > 0.15)
        f["rule_neg"] = float(r < -0.15)
        f["rule_zero"] = float(not math.isnan(rule) and abs(r) <= 0.15)
        ev = found["evidence"][i]
        qs = ev.get("quotes", [])
        f["q_n"] = math.log1p(len(qs))
        if qs:
            f["q_mean"] = sum(qs) / len(qs)
            f["q_min"] = min(qs)
            f["q_max"] = max(qs)
            f["q_npos"] = sum(x > 0.15 for x in qs) / len(qs)
            f["q_nneg"] = sum(x < -0.15 for x in qs) / len(qs)
        for source in SOURCES:
            xs = ev.get(source, [])
            if xs:
                f["src_" + source] = sum(xs) / len(xs)
        if prior:
            f["prior_" + prior] = 1.0
        f["kind_" + (kind if kind in KINDS else "other")] = 1.0
        f["target_" + kind_of_target] = 1.0
        mine = per.get(actor, [])
        f["n_quotes"] = math.log1p(len(mine))
        # the actor's quotes: where they stand, what they say and how the writer frames them
        sids: set[int] = set()
        untargeted: list[str] = []
        words: list[str] = []
        digits = False
        contractions = 0
        first = -1
        framing = dict.fromkeys(VERB_CLASSES, 0.0)
        for n in mine:
            _, sid, start, end, _ = quotes[n]
            if not 0 <= sid < len(sentences):
                continue
            last = max(sid, min(bisect_right(ends, end - 1), len(sentences) - 1))
            lowered = text[start:end].lower()
            said = _WORD.findall(lowered)
            words.extend(said)
            contractions += lowered.count("n't") + lowered.count("n’t")
            digits = digits or bool(_DIGIT.search(text, start, end))
            first = sid if first < 0 else min(first, sid)
            if math.isnan(stances[n]):
                untargeted.extend(said)
            for s in range(sid, last + 1):
                if s in sids:
                    continue
                sids.add(s)
                sentence = sentences[s]
                outside = text[sentence.start:start] + " " + text[end:sentence.end] \
                    if sentence.start <= start else text[sentence.start:sentence.end]
                for verb in _VERB_CLASS.keys() & _RUN.findall(outside.lower()):
                    framing[_VERB_CLASS[verb]] = 1.0
        for name, value in framing.items():
            if value:
                f["verb_" + name] = value
        if sids:
            f["contrast"] = sum(_has_contrast(sentences[s].text) for s in sids) / len(sids)
        tone, neg, pos = _tone(untargeted, lexicon)
        f["untargeted_tone"] = tone
        f["untargeted_neg"] = neg
        f["untargeted_pos"] = pos
        f["untargeted_n"] = math.log1p(len(untargeted))
        if words:
            n_words = len(words)
            f["words_n"] = math.log1p(n_words)
            tally = dict.fromkeys(_WORD_FEATURES, 0)
            tally["words_negation"] = contractions
            word_classes = _word_classes(lexicon)
            # Most words are in no class: the filter leaves them out in C.
            for classes in map(word_classes.__getitem__, filter(word_classes.__contains__, words)):
                for name in classes:
                    tally[name] += 1
            for name, k in tally.items():
                f[name] = k / n_words
            f["words_digits"] = float(digits)
        # where the actor first speaks, as a share of the article: the first voices of a
        # report are most often its parties, later ones its commentators
        f["first_at"] = first / len(sentences) if first >= 0 else 1.0
        if text_model is not None:
            f.update(text_model.features({w.lower() for w in said_all.get(actor, ())}))
        rows.append(f)
    return rows


# The words an actor is quoted saying, as the text model reads them: letters, an inner
# apostrophe ("don't"), as written (the training script keeps words mostly written in lower
# case: no names).
_QUOTED_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")


def quoted_words(text: str, quotes: list[tuple], sentences: list,
                 actors: list[tuple] = ()) -> dict[str, frozenset[str]]:
    """Each speaker's words in their quotes (not scare quotes), as written, and each pair of
    words that follow one another there ("no choice"), and the writer's words in the sentence
    a quote starts in, outside the quote, marked ``c:`` ("c:said", "c:warned", "c:who"); and
    the words of each actor's title (``actors``: (actor, kind, aliases, title, ...)), marked
    ``t:`` ("t:resident", "t:lawyer"): what the text model reads and the training script
    chooses its vocabulary from."""
    words: dict[str, set[str]] = {}
    # Who the writer says an actor is tells which side they are quoted for more finely than
    # the few role classes of ``features`` ("fisherman", "councillor", "mother", "mep"); the
    # training script keeps only the words mostly written in lower case, as of the quotes.
    for actor, _, _, title, *_ in actors:
        if title:
            words.setdefault(actor, set()).update(
                "t:" + w for w in _QUOTED_WORD.findall(title))
    for speaker, sid, start, end, kind in quotes:
        if speaker is None or kind == "scare":
            continue
        mine = words.setdefault(speaker, set())
        said = _QUOTED_WORD.findall(text, start, end)
        mine.update(said)
        # A pair reads what one word cannot: how far a negation reaches ("not to blame", "no
        # choice") and turns of phrase that grant or defend ("every right", "no alternative")
        mine.update(map(" ".join, zip(said, said[1:])))
        if 0 <= sid < len(sentences) and sentences[sid].start <= start:
            sentence = sentences[sid]
            for w in _QUOTED_WORD.findall(text[sentence.start:start] + " "
                                          + text[end:sentence.end]):
                mine.add("c:" + w)
    return {speaker: frozenset(ws) for speaker, ws in words.items()}


class TextModel:
    """Two readings of which words of a general vocabulary (lower-case words, and pairs of quoted
    words, used in at least five development batches) an actor's quotes, and the writer's words
    in the sentences they start in (``quoted_words``), hold: a multinomial logistic regression,
    whose four probabilities are features of the actor model (``text_neg``, ``text_neu``,
    ``text_pos``, ``text_null``), and a multinomial naive Bayes over the same words, whose four
    log-probabilities, less their mean, are four more (``nb_neg``, ``nb_neu``, ``nb_pos``,
    ``nb_null``). The naive Bayes weights each word by how much more often one class says it
    than another, without the regression's shrinkage: the two disagree most on words few actors
    say."""

    NAMES = ("text_neg", "text_neu", "text_pos", "text_null")
    NB_NAMES = ("nb_neg", "nb_neu", "nb_pos", "nb_null")

    def __init__(self, data: dict) -> None:
        self.intercept = tuple(data["intercept"])
        self.nb_prior = tuple(data["nb_prior"]) if data.get("nb_prior") else None
        if self.nb_prior is None:
            self.weights = {w: tuple(row) for w, row in zip(data["vocabulary"], data["weights"])}
        else:  # one look-up per word: the regression's four weights, then the naive Bayes'
            self.weights = {w: (*row, *nb) for w, row, nb in zip(
                data["vocabulary"], data["weights"], data["nb_weights"])}

    def _sums(self, words) -> list[float] | None:
        # Exact sums (math.fsum), so that the result does not depend on the order a set of words
        # comes in, which changes from one process to the next with Python's string hashing.
        rows = list(filter(None, map(self.weights.get, set(words))))
        return list(map(math.fsum, zip(*rows))) if rows else None

    def features(self, words) -> dict[str, float]:
        """The text features of an actor whose quotes hold ``words`` (lower case)."""
        sums = self._sums(words)
        k = len(self.intercept)
        logits = list(self.intercept) if sums is None else \
            [b + s for b, s in zip(self.intercept, sums)]
        out = dict(zip(self.NAMES, softmax(logits)))
        if self.nb_prior is not None:
            joint = list(self.nb_prior) if sums is None else \
                [b + s for b, s in zip(self.nb_prior, sums[k:])]
            mean = math.fsum(joint) / len(joint)
            out.update(zip(self.NB_NAMES, (x - mean for x in joint)))
        return out


class ActorModel:
    """A multinomial logistic regression over named features: one row of class weights per
    feature, and the intercepts."""

    def __init__(self, data: dict) -> None:
        if tuple(data["classes"]) != CLASSES:
            raise ValueError(f"model classes {data['classes']} are not {CLASSES}")
        self.intercept = tuple(data["intercept"])
        self.weights = {n: tuple(w) for n, w in zip(data["features"], data["weights"])}
        self.meta = data.get("meta", {})
        self.null_ratio = float(data.get("null_ratio", 1.0))
        self.text = TextModel(data["text"]) if data.get("text") else None

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "ActorModel":
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            return cls(json.load(handle))

    def probabilities(self, feats: dict[str, float]) -> list[float]:
        """P(-1), P(0), P(+1), P(null)."""
        # The four sums in locals, not a list stepped by index: an inner Python loop for each of
        # some forty features per actor cost more than the sums. They are added in the same
        # order, so the sums are the same to the last bit.
        neg, neu, pos, null = self.intercept
        for row, value in zip(map(self.weights.get, feats), feats.values()):
            if row is not None and value:
                neg += row[0] * value
                neu += row[1] * value
                pos += row[2] * value
                null += row[3] * value
        return softmax([neg, neu, pos, null])

    def stance(self, feats: dict[str, float]) -> float:
        """NaN where "nothing said of the target" is more probable than ``null_ratio`` times
        the likeliest stance; else P(+1) - P(-1), in [-1, 1], kept within the band of the
        likeliest stance (above 0.15 for +1, within +-0.15 for 0, below -0.15 for -1)."""
        return stance_of(self.probabilities(feats), self.null_ratio)


def stance_of(probs: list[float], null_ratio: float = 1.0) -> float:
    neg, neu, pos, null = probs
    top = max(neg, neu, pos)
    if null >= null_ratio * top:
        return math.nan
    lean = pos - neg
    if top == pos:
        return max(lean, CLEAR)
    if top == neg:
        return min(lean, -CLEAR)
    return max(-EVEN, min(EVEN, lean))


# The least lean of a stance the model reads as +1 or -1, and the most of one it reads as 0:
# outside and inside ``stance.NEUTRAL_BAND`` (0.15), whichever way the band's edge is counted.
CLEAR = 0.16
EVEN = 0.14


# The actors the features were computed for while this is a list: one {actor: features} per
# analysed article (the training script reads them), and in ``recorded_words`` each speaker's
# quoted words (``quoted_words``), one dict per article likewise.
recorder: list[dict[str, dict[str, float]]] | None = None
recorded_words: list[dict[str, frozenset[str]]] = []


_loaded: ActorModel | None = None


def model() -> ActorModel:
    """The shipped model, loaded on first use."""
    global _loaded
    if _loaded is None:
        _loaded = ActorModel.load()
    return _loaded
