"""Polarity of a sentence toward one mention in it (target-dependent sentiment), offline and fast.

``target_polarity(sentence, start, end)`` says whether ``sentence`` is negative (-1), neutral (0) or
positive (1) toward the mention ``sentence[start:end]``; ``target_score`` gives P(positive) -
P(negative) for charts. The model is a multinomial logistic regression trained on NewsMTSC by
``tools/train_stance.py`` and shipped as ``models/stance.json.gz`` (feature names and weights): at run
time it needs only the standard library and the VADER lexicon that the ``vaderSentiment`` wheel ships.
Features never include the target's own words, which are masked as ``<t>``, so a model trained on
person targets carries over to countries. ``docs/method.md`` describes the method and its figures.

``vader_sentence_polarity`` is the baseline: sentence-level VADER, blind to the target.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from functools import lru_cache
from itertools import repeat
from operator import itemgetter
from pathlib import Path

MODEL_PATH = Path(__file__).parent / "models" / "stance.json.gz"
CLASSES = (-1, 0, 1)

# Words and punctuation; inner apostrophes, hyphens and periods stay inside a word ("isn't",
# "al-Assad", "U.S").
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
_POSSESSIVE = re.compile(r"^['’]s?\b")

TARGET = "<t>"
QUOTE_MARKS = frozenset('"“”')
# A clause ends at punctuation, quote marks and words that start a subordinate or contrasting
# clause: what is said about the target is mostly said inside its own clause.
CLAUSE_BREAKS = frozenset(
    ", ; : ( ) - — – \" “ ” but while although though whereas which who because".split()
)
NEGATIONS = frozenset(
    "not no never nor neither without nothing nobody none cannot hardly barely".split()
)
BE = frozenset("was were been being is are be am 's got get gets getting".split())

# Acts done to or by the target: word beginnings, so that "criticised", "criticizing" and
# "criticism" all count, and whole words where a beginning would catch other words ("bash" in
# "Bashar", "sue" in "Suez"). In news both the attacker and the attacked tend to be shown
# negatively, so the model learns separate weights for the target as agent and as patient.
ATTACK_STEMS = tuple(
    """blam accus critici criticis slam blast attack condemn denounc grill insult lambast rebuk
    chastis scold assail berat derid ridicul disparag smear threaten indict impeach investigat
    prosecut arrest convict sentenc taunt castigat excoriat vilif demoniz demonis undermin
    oppos""".split()
)
ATTACK_WORDS = frozenset(
    """sue sued sues suing fire fired fires firing bash bashed bashes bashing fault faulted faults
    faulting jail jailed jailing oust ousted ousting mock mocked mocking mocks mockery""".split()
)
PRAISE_STEMS = tuple(
    """prais applaud commend endors support thank defend laud congratulat welcom honor honour
    celebrat vouch champion admir appreciat salut embrac""".split()
)
PRAISE_WORDS = frozenset(
    """back backed backing backs hail hailed hails hailing credit credited credits crediting
    cheer cheered cheers cheering elect elected electing""".split()
)
# Words with those beginnings that are not acts toward someone.
NOT_ACTS = frozenset(
    """welcome celebrity celebrities supporters supporter""".split()
)

# Blame and defence frames. The training data has too few of them for weights to be learned, so
# ``_frames`` finds them by rule and ``FRAME_WEIGHTS`` adds fixed amounts to the class scores.
RESPONSIBILITY = (
    ("responsible", "for"), ("to", "blame"), ("blamed", "for"), ("guilty", "of"),
    ("at", "fault"), ("accountable", "for"), ("culpable",),
)
# One word of each phrase above, to skip the search in most sentences.
_RESPONSIBILITY_CUES = frozenset("responsible blame blamed guilty fault accountable culpable".split())
BLAME_NOUNS = frozenset(
    """blaming accusing criticizing criticising faulting attacking blame accusation accusations
    allegation allegations criticism criticisms charges claims""".split()
)
# Besides those, what an accusation or a move against the target may be called where the
# sentence rejects it ("the attacks on TARGET are baseless", "singling out TARGET was
# unhelpful", "sacking TARGET would be the easy option").
CHARGES = BLAME_NOUNS | frozenset(
    """campaign sacking firing isolating singling scapegoating targeting punishing""".split()
)
# Verdicts on an accusation that reject it ("blaming Russia ... was 'in bad taste'").
REJECTING_VERDICTS = (
    ("bad", "taste"), ("unfair",), ("unjust",), ("wrong",), ("baseless",), ("unfounded",),
    ("groundless",), ("absurd",), ("ridiculous",), ("nonsense",), ("misplaced",), ("false",),
    ("not", "fair"), ("outrageous",), ("unacceptable",), ("counterproductive",),
    # "sacking TARGET would be the easy option"
    ("easy", "option"), ("easy", "way", "out"), ("easy", "target"), ("unhelpful",), ("untrue",), ("misleading",), ("rubbish",), ("unjustified",),
    ("unwarranted",), ("politically", "motivated"), ("a", "mistake"), ("not", "true"),
    ("are", "lying"), ("were", "lying"), ("is", "lying"),
)
REJECTING_VERBS = frozenset(
    """denied denies deny denying rejected rejects reject rejecting dismissed dismisses dismissing
    refuted refutes rebuffed rebuts rebutted disputed disputes countered""".split()
)
FIGHT_BACK = frozenset("fought fights fight hit hits pushed pushes push struck".split())
# Acts unfair by their very name: the one who suffers them is their victim ("TARGET is being
# scapegoated", "a smear campaign against TARGET"); and the adverbs that make any charge or
# treatment unfair ("TARGET was unfairly blamed", "wrongly accused TARGET").
VICTIM_STEMS = ("scapegoat", "smear", "vilif", "demonis", "demoniz", "persecut", "witch-hunt",
                "witchhunt", "hounded", "hounding", "slander", "maligned", "maligning")
UNFAIRLY = frozenset("unfairly unjustly wrongly falsely wrongfully unjustifiably".split())
# A wrong denied of the target: "TARGET has done nothing wrong", "TARGET is not the one making
# the mistakes" (these words in a negation's scope).
WRONGS = frozenset("""wrong wrongdoing mistake mistakes illegal illegally unlawful unlawfully
    improper improperly corrupt misconduct""".split())
# Speech or thought between the target and a frame makes the target the speaker, not the one
# the frame is about ("X said Y is responsible for ...").
SPEECH = frozenset(
    """said says say told tells argued argues claimed claims insisted insists believes believed
    thinks thought stated states added adds suggested suggests wrote writes according""".split()
)
# Fixed amounts added to the (negative, neutral, positive) scores when a frame is found.
FRAME_WEIGHTS: dict[str, tuple[float, float, float]] = {
    "blamed": (2.0, 0.0, -1.0),
    "attacked": (1.5, 0.0, 0.0),
    "defended": (0.0, 0.0, 1.0),
    "aggressor": (1.5, 0.0, 0.0),
    "victim": (0.0, 0.0, 1.0),
    "denied": (-1.0, 0.0, 0.5),
}
# Frames that turn the evidence around: the negative words are about what the target suffers,
# is wrongly charged with or denies, so the negative and positive scores swap (where the
# negative is the larger).
SWAPPING = ("F:defended", "F:victim", "F:denied")
_NOUN_ENDINGS = ("ion", "ions", "ism", "ist", "ists", "er", "ers")
# Violence done to others. Whole words and word beginnings, as for the acts above.
VIOLENT_STEMS = tuple(
    """bomb shell invad invasion kill massacr slaughter murder tortur besieg occup annex assassinat
    airstrik air-strik shoot shot raid""".split()
)
_ALLIED = frozenset("led backed aided supported sponsored".split())
VIOLENT_WORDS = frozenset("attacked attacking strikes struck seized".split())
# Words that may stand between an accusation and the one accused.
_OBJECT_LINKS = frozenset("that against of on the a an out".split())
# Words that end the noun phrase between an act and its object.
_NOT_IN_OBJECT = BE | frozenset("that said says told to by as".split())

LEXICON_NEAR = 5  # tokens: lexicon words nearer than this count as next to the target
KERNEL_TAU = 4.0  # proximity weight of a word at distance d is exp(-(d - 1) / KERNEL_TAU)
KERNEL_MIN = 0.05
_KERNEL = tuple(
    w for w in (math.exp(-d / KERNEL_TAU) for d in range(64)) if w >= KERNEL_MIN
)  # by distance - 1


def _vader_dir() -> Path:
    import vaderSentiment

    return Path(vaderSentiment.__file__).resolve().parent


@lru_cache(maxsize=1)
def vader_lexicon() -> dict[str, float]:
    """VADER's word valences (-4 .. 4) from the lexicon the ``vaderSentiment`` wheel ships."""
    lexicon: dict[str, float] = {}
    with open(_vader_dir() / "vader_lexicon.txt", encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                try:
                    lexicon[parts[0]] = float(parts[1])
                except ValueError:
                    continue
    return lexicon


def _words(text: str) -> list[str]:
    return _TOKEN.findall(text.lower().replace("’", "'"))


def _check_span(sentence: str, start: int, end: int) -> None:
    if not isinstance(sentence, str):
        raise TypeError("sentence must be a str")
    for name, value in (("start", start), ("end", end)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if not 0 <= start < end <= len(sentence):
        raise ValueError(
            f"target span [{start}, {end}) is not a non-empty span of a {len(sentence)}-character "
            "sentence"
        )


def masked_tokens(sentence: str, start: int, end: int) -> tuple[list[str], int]:
    """Lower-cased tokens with the target replaced by ``<t>``, and the index of ``<t>``.

    A possessive ending right after the target ("Russia's") becomes the token "'s".
    """
    _check_span(sentence, start, end)
    left = _words(sentence[:start])
    rest = sentence[end:]
    possessive = _POSSESSIVE.match(rest)
    right = _words(rest[possessive.end():] if possessive else rest)
    if possessive:
        right.insert(0, "'s")
    return [*left, TARGET, *right], len(left)


def _squash(x: float) -> float:
    # VADER's normalisation: maps a sum of valences into (-1, 1) without a hard cap.
    return x / math.sqrt(x * x + 15.0)


def _is_negated(tokens: list[str], i: int) -> bool:
    for w in tokens[max(0, i - 3) : i]:  # a loop: asked of every lexicon word, and any() over
        if w in NEGATIONS or w.endswith("n't"):  # a generator costs more than the test
            return True
    return False


@lru_cache(maxsize=65536)  # called for most words of most sentences
def _act_class(word: str) -> str | None:
    if word in NOT_ACTS:
        return None
    if word in ATTACK_WORDS or word.startswith(ATTACK_STEMS):
        return "attack"
    if word in PRAISE_WORDS or word.startswith(PRAISE_STEMS):
        return "praise"
    return None


def _bucket(d: int) -> str:
    return "1" if d == 1 else "2" if d <= 3 else "3" if d <= 6 else "4" if d <= 12 else "5"


def _clause(tokens: list[str], t: int) -> tuple[int, int]:
    """First and last index of the clause around index ``t``."""
    lo = t
    while lo > 0 and tokens[lo - 1] not in CLAUSE_BREAKS:
        lo -= 1
    hi = t
    while hi < len(tokens) - 1 and tokens[hi + 1] not in CLAUSE_BREAKS:
        hi += 1
    return lo, hi


def _find(tokens: list[str], phrase: tuple[str, ...], lo: int, hi: int) -> int:
    """Index of the first occurrence of ``phrase`` starting in ``tokens[lo:hi]``, or -1."""
    n = len(phrase)
    for i in range(max(lo, 0), min(hi, len(tokens) - n + 1)):
        if tuple(tokens[i : i + n]) == phrase:
            return i
    return -1


@lru_cache(maxsize=65536)
def _is_violent(word: str) -> bool:
    return word in VIOLENT_WORDS or word.startswith(VIOLENT_STEMS)


def _is_aggressor(tokens: list[str], t: int, lo: int, hi: int) -> bool:
    after = tokens[t + 1 : t + 3]
    if after[:1] == ["'s"] or (after[:1] == ["-"] and after[1:] and after[1] in _ALLIED):
        return any(_is_violent(w) for w in tokens[t + 2 : t + 6])
    if t >= 1 and tokens[t - 1] == "by" and t >= 2:
        return any(_is_violent(w) for w in tokens[max(lo, t - 4) : t - 1])
    for i in range(t + 1, min(hi + 1, t + 5)):
        word = tokens[i]
        if _is_violent(word):
            if tokens[i - 1] in BE or _is_negated(tokens, i):
                return False
            # not when the target is an object ("X invaded TARGET and bombed ...")
            return not any(
                w.endswith("ed") or _is_violent(w) or _act_class(w) for w in tokens[lo:t]
            )
        if word in BE or word in SPEECH or word == "that":
            return False
    return False


@lru_cache(maxsize=65536)
def _is_victim_word(word: str) -> bool:
    return word.startswith(VICTIM_STEMS)


def _suffers_unfairly(tokens: list[str], t: int, hi: int) -> bool:
    """The target as the one an unfair act is done to, in a passive after it ("TARGET is being
    scapegoated", "TARGET was unfairly blamed", "TARGET has been wrongly accused") or a noun
    phrase before it ("a smear campaign against TARGET", "the persecution of TARGET")."""
    passive = False
    for i in range(t + 1, min(hi + 1, t + 6)):
        word = tokens[i]
        if word in BE or word == "become" or word == "made":
            passive = True
        elif passive and (word in UNFAIRLY or _is_victim_word(word)):
            return not _is_negated(tokens, i)
        elif not word.endswith("ly") and word not in ("a", "an", "the", "has", "have", "had"):
            break
    for j in range(t - 1, max(-1, t - 5), -1):
        word = tokens[j]
        if word in _OBJECT_LINKS or word == "campaign":
            continue
        return _is_victim_word(word) and not _is_negated(tokens, j)
    return False


def _denies_wrong(tokens: list[str], t: int, hi: int) -> bool:
    """A wrong denied of the target, its subject: a negation in its clause soon after it with
    a negative word in its scope ("TARGET has done nothing wrong", "TARGET is not the one making
    the mistakes")."""
    if WRONGS.isdisjoint(tokens[t + 2 : min(hi + 1, t + 11)]):  # most clauses: no such word
        return False
    for i in range(t + 1, min(hi + 1, t + 6)):
        word = tokens[i]
        if word in SPEECH or word == "that":
            return False
        if word in NEGATIONS or word.endswith("n't"):
            return not WRONGS.isdisjoint(tokens[i + 1 : min(hi + 1, i + 6)])
    return False


def _frames(tokens: list[str], t: int, lexicon: dict[str, float],
            clause: tuple[int, int] | None = None) -> list[str]:
    """Blame and defence frames around the target at index ``t``.

    - blamed: the target is the subject of "responsible for", "to blame", "guilty of" ... ("The
      regime with the support of TARGET are responsible for the situation"), unless the
      responsibility is for something good or the target is only the speaker.
    - attacked: the target is the object of an attack in its clause ("X blasted the government
      of Y and TARGET"), with nothing but a noun phrase between.
    - aggressor: the target does violence ("TARGET bombed ...", "... shelled by TARGET",
      "TARGET's bombing campaign"); the one it is done to gets no such push.
    - defended: the same as blamed with a negation ("TARGET is not to blame"); or the target is the object
      of an accusation that the sentence rejects ("blaming TARGET for ... was in bad taste",
      "denied accusations that TARGET ...", "fought back against accusations that TARGET ...").

    ``clause``: the target's clause (``_clause``), where the caller has it already.
    """
    frames: list[str] = []
    lo, hi = clause or _clause(tokens, t)
    right = set(tokens[t + 1 : min(hi + 1, t + 14)])
    for phrase in RESPONSIBILITY if not right.isdisjoint(_RESPONSIBILITY_CUES) else ():
        i = _find(tokens, phrase, t + 1, min(hi + 1, t + 13))
        if i < 0 or any(w in SPEECH for w in tokens[t + 1 : i]):
            continue
        if _is_negated(tokens, i):
            frames.append("defended")
        else:
            following = tokens[i + len(phrase) : i + len(phrase) + 6]
            if not any(lexicon.get(w, 0.0) >= 1.0 for w in following):
                frames.append("blamed")
        break
    # The target as object of an attack in its clause: "blasted the government of X and TARGET".
    for j in range(t - 1, max(lo - 1, t - 11), -1):
        word = tokens[j]
        victim = _is_victim_word(word)
        if victim or _act_class(word) == "attack":
            if victim or (j >= 1 and tokens[j - 1] in UNFAIRLY):
                if not _is_negated(tokens, j):
                    frames.append("victim")  # "scapegoating TARGET", "wrongly accused TARGET"
            elif (word not in BLAME_NOUNS and not word.endswith(_NOUN_ENDINGS)
                    and not _is_negated(tokens, j)):
                frames.append("attacked")
            break
        if word in _NOT_IN_OBJECT or word in SPEECH or word.endswith("ed"):
            break  # the target is not the object of that act ("... described the TARGET")
    # The target as the one who does violence: "TARGET bombed ...", "... shelled by TARGET",
    # "TARGET's bombing campaign", "the TARGET-backed offensive".
    if _is_aggressor(tokens, t, lo, hi):
        frames.append("aggressor")
    if "victim" not in frames and _suffers_unfairly(tokens, t, hi):
        frames.append("victim")
    if _denies_wrong(tokens, t, hi):
        frames.append("denied")
    # The target as object of a blaming act just before it: "blaming TARGET", "accusations that
    # TARGET('s) ...", "criticism of TARGET".
    for j in range(t - 1, max(-1, t - 4), -1):
        if tokens[j] in CHARGES:
            # The verdict follows the accusation ("blaming TARGET ... was in bad taste") or just
            # precedes it ("it is wrong to blame TARGET").
            around = tokens[max(0, j - 4) : j] + tokens[t + 1 :]
            verdict = any(_find(around, v, 0, len(around)) >= 0 for v in REJECTING_VERDICTS) \
                or _find(tokens, ("easy", "to"), j - 4, j) >= 0  # "it is easy to blame TARGET"
            before = tokens[max(0, j - 5) : j]
            rejected = any(w in REJECTING_VERBS for w in before) or any(
                a in FIGHT_BACK and b == "back" for a, b in zip(before, before[1:])
            )
            if verdict or rejected:
                frames.append("defended")
            break
        if tokens[j] not in _OBJECT_LINKS:
            break
    return frames


# Feature names begin with their kind: "S:" (the sentence's words), "PL:" and "PR:" (proximity,
# left and right), "CL:" and "CR:" (the clause), "TB:" (next to the target), "C:" (the clause's
# shape), "X:" (valences), "A:" (acts), "Q:" (quotation), "N:" (negated words), "M:" (the
# mention's form), "F:" (frames). The kinds named by one
# word each, and there are many of them per sentence, are kept apart in the model
# (``StanceModel.by_word``), so that scoring looks up the word and never builds the name.
WORD_KINDS = ("S:", "PL:", "PR:", "CL:", "CR:", "N:")
# Pronouns a mention may be ("He said ..."): the form of the mention, not a name.
PRONOUNS = frozenset("he she they him her his hers them their it its i we me us you".split())


def features(sentence: str, start: int, end: int) -> dict[str, float]:
    """Target-aware features of ``sentence`` for the mention ``sentence[start:end]``.

    The words of the sentence; the words, word pairs and triples next to the target; each word's
    proximity to the target, by side; the words of the target's clause, by side; the negated
    words of the clause; VADER valences (with negation) summed by region and weighted by
    proximity; acts of attack or praise with the target as agent or patient; whether the target
    is inside a quotation; the mention's form (a pronoun or not, its length); blame and defence
    frames (``F:``, which carry fixed weights).
    """
    tokens, t = masked_tokens(sentence, start, end)
    return {kind + name: value
            for kind, values, _ in _feature_groups(tokens, t, sentence[start:end])
            for name, value in values.items()}


def _mention_form(mention: str) -> dict[str, float]:
    """The form of the mention, never its words: how many words it has, and which pronoun it is
    if it is one."""
    words = _words(mention)
    form = {"M:len" + _bucket(len(words)): 1.0}
    if len(words) == 1 and words[0] in PRONOUNS:
        form["M:pron"] = 1.0
        form["M:pron:" + words[0]] = 1.0
    return form


# An article names its target by the same few words again and again ("Russia", "the company"):
# their form is tokenised once, not for each mention.
@lru_cache(maxsize=1024)
def _mention_form_items(mention: str) -> tuple[tuple[str, float], ...]:
    return tuple(_mention_form(mention).items())


def _feature_groups(tokens: list[str], t: int, mention: str = ""
                    ) -> list[tuple[str, dict[str, float], bool]]:
    """The features of the target at index ``t`` of ``tokens`` in groups, in the order
    ``features`` lists them: (kind, {name: value}, whether every value is 1.0), the feature's
    name being kind + name. Each kind of ``WORD_KINDS`` is a group; the other features come
    with their whole names (kind ""), the "TB:" ones in a group between "PR:" and "CL:", the
    rest in a last group after "N:". A group names each feature once, where it first occurs.
    ``mention``: the target's own text, of which only the form counts (``_mention_form``)."""
    lexicon = vader_lexicon()
    n = len(tokens)
    lo, hi = _clause(tokens, t)
    # The words right next to the target, and the pairs they form ("blamed <t>", "<t> 's").
    beside = {}
    if t >= 1:
        beside["TB:L1:" + tokens[t - 1]] = 1.0
        if t >= 2:
            beside["TB:L2:" + tokens[t - 2] + "_" + tokens[t - 1]] = 1.0
    if t + 1 < n:
        beside["TB:R1:" + tokens[t + 1]] = 1.0
        if t + 2 < n:
            beside["TB:R2:" + tokens[t + 1] + "_" + tokens[t + 2]] = 1.0
            if t + 3 < n:
                beside["TB:R3:" + tokens[t + 1] + "_" + tokens[t + 2] + "_" + tokens[t + 3]] = 1.0
    if t >= 3:
        beside["TB:L3:" + tokens[t - 3] + "_" + tokens[t - 2] + "_" + tokens[t - 1]] = 1.0
    if t >= 1 and t + 1 < n:  # the words on both sides at once: "by <t> and"
        beside["TB:LR:" + tokens[t - 1] + "_" + tokens[t + 1]] = 1.0
    rest = {"C:first": 1.0} if lo == t else {}
    rest["C:len" + _bucket(hi - lo + 1)] = 1.0
    for key, total in _valences(tokens, t, lo, hi, lexicon).items():
        rest["X:" + key] = _squash(total)
    acts = list(map(_act_class, tokens[lo:hi + 1]))
    # Most clauses name no act: a count says so without stepping their words in Python.
    for i, act in enumerate(acts if acts.count(None) < len(acts) else (), lo):
        if act is None or i == t:
            continue
        if i > t:  # "TARGET criticised ..." unless passive: "TARGET was criticised"
            passive = tokens[i - 1] in BE or (
                i >= 2 and tokens[i - 2] in BE and tokens[i - 1].endswith("ly")
            )
            role = "patient" if passive else "agent"
        else:  # "... criticised TARGET" unless "criticised by TARGET"
            role = "agent" if "by" in tokens[i + 1 : t] else "patient"
        rest["A:" + act + ":" + role] = 1.0
        rest["A:" + act + ":" + role + ":" + _bucket(abs(i - t))] = 1.0
    if not QUOTE_MARKS.isdisjoint(tokens):
        rest["Q:any"] = 1.0
        if sum(map(QUOTE_MARKS.__contains__, tokens[:t])) % 2:
            rest["Q:inside"] = 1.0
    if mention:
        rest.update(_mention_form_items(mention))
    for frame in _frames(tokens, t, lexicon, (lo, hi)):
        rest["F:" + frame] = 1.0
    return [
        ("S:", dict.fromkeys(tokens, 1.0), True),
        # Proximity: a word counts more the nearer it is, on its side of the target; the
        # nearest occurrence of a word decides.
        ("PL:", _nearest_first(tokens[max(0, t - len(_KERNEL)):t][::-1]), False),
        ("PR:", _nearest_first(tokens[t + 1:t + 1 + len(_KERNEL)]), False),
        ("", beside, True),
        ("CL:", dict.fromkeys(tokens[lo:t], 1.0), True),
        ("CR:", dict.fromkeys(tokens[t + 1:hi + 1], 1.0), True),
        ("N:", _negated(tokens, t, lo, hi), True),
        ("", rest, False),
    ]


def _negated(tokens: list[str], t: int, lo: int, hi: int) -> dict[str, float]:
    """The words of the clause ``tokens[lo:hi + 1]`` in the scope of a negation, as
    ``_is_negated`` reads it (up to three words after "not", "never", "n't" ...): "not a good
    partner" -> a, good, partner. Not the target."""
    scope: list[int] = []
    first = max(0, lo - 3)
    # Most clauses have no negation: one set test and one substring test say so without a
    # Python loop over their words ("n't" in the joined words is true of every word ending so).
    if NEGATIONS.isdisjoint(tokens[first:hi]) and "n't" not in " ".join(tokens[first:hi]):
        return {}
    for i, word in enumerate(tokens[first:hi], first):
        if word in NEGATIONS or word.endswith("n't"):
            scope.extend(range(max(lo, i + 1), min(hi, i + 3) + 1))
    if not scope:
        return {}
    return dict.fromkeys([tokens[i] for i in sorted(set(scope)) if i != t], 1.0)


def _nearest_first(words: list[str]) -> dict[str, float]:
    """Each of ``words`` (nearest to the target first) with the proximity weight of its nearest
    occurrence."""
    # Without a Python loop: the keys in the order of their first (nearest) occurrence, then
    # the weights assigned farthest first, so that the nearest occurrence's is the one left.
    found: dict[str, float] = dict.fromkeys(words[:len(_KERNEL)])
    found.update(zip(words[len(_KERNEL) - 1::-1], _KERNEL[min(len(words), len(_KERNEL)) - 1::-1]))
    return found


def _valences(tokens: list[str], t: int, lo: int, hi: int, lexicon: dict[str, float]
              ) -> dict[str, float]:
    """Lexicon valences summed by region (side and distance, clause or not), negated words
    flipped and damped as VADER does (x -0.74); and by side weighted by the proximity kernel
    ("KL", "KR")."""
    sums: dict[str, float] = {}
    get = sums.get
    reach = len(_KERNEL)
    for i, v in [(i, v) for i, v in enumerate(map(lexicon.get, tokens)) if v is not None]:
        if i == t:
            continue
        if _is_negated(tokens, i):
            v *= -0.74
        d = abs(i - t)
        near, kernel, every, clause, side_clause, outside = \
            _VALENCE_KEYS[i < t, d <= LEXICON_NEAR, v > 0]
        v = abs(v)
        sums[near] = get(near, 0.0) + v
        if d <= reach:
            sums[kernel] = get(kernel, 0.0) + v * _KERNEL[d - 1]
        sums[every] = get(every, 0.0) + v
        if lo <= i <= hi:
            sums[clause] = get(clause, 0.0) + v
            sums[side_clause] = get(side_clause, 0.0) + v
        else:
            sums[outside] = get(outside, 0.0) + v
    return sums


# _valences's keys for a word (left of the target, near it, positive): the region by side and
# distance ("Ln:pos"), the side weighted by proximity ("KL:pos"), all, the clause ("cl:pos"),
# the clause by side ("CL:pos") and outside the clause ("out:pos"), made once rather than from
# their parts for every lexicon word.
_VALENCE_KEYS = {
    (left, near, positive): (side + ("n" if near else "f") + sign, "K" + side + sign,
                             "all" + sign, "cl" + sign, "C" + side + sign, "out" + sign)
    for left, side in ((True, "L"), (False, "R")) for near in (True, False)
    for positive, sign in ((True, ":pos"), (False, ":neg"))}


def apply_frames(scores: list[float], feats: dict[str, float]) -> list[float]:
    """The learned class scores adjusted for the blame and defence frames in ``feats``.

    A defence turns the evidence around: the negative words around the target are about the
    accusation that is rejected, so the negative and positive scores swap places.
    """
    neg, neu, pos = scores
    if neg > pos and any(name in feats for name in SWAPPING):
        neg, pos = pos, neg
    for name, (a, b, c) in FRAME_WEIGHTS.items():
        if "F:" + name in feats:
            neg, neu, pos = neg + a, neu + b, pos + c
    return [neg, neu, pos]


class StanceModel:
    """Weights of the linear model: one row of three class weights per feature name."""

    def __init__(self, data: dict) -> None:
        if tuple(data["classes"]) != CLASSES:
            raise ValueError(f"model classes {data['classes']} are not {CLASSES}")
        self.intercept: tuple[float, ...] = tuple(data["intercept"])
        self.weights: dict[str, tuple[float, ...]] = {
            name: tuple(row) for name, row in zip(data["features"], data["weights"])
        }
        self.meta: dict = data.get("meta", {})
        # The rows of the kinds of ``WORD_KINDS`` by kind and word ("S:" and "blamed"); the
        # others under "", by their whole names.
        self.by_word: dict[str, dict[str, tuple[float, ...]]] = {k: {} for k in WORD_KINDS}
        self.by_word[""] = self.weights
        for name, row in self.weights.items():
            kind, colon, word = name.partition(":")
            if colon and kind + colon in WORD_KINDS:
                self.by_word[kind + colon][word] = row
        # The same rows by word alone: a word's row of each kind of ``WORD_KINDS`` (None where
        # it has none), so that scoring looks each word of a sentence up once, not once per
        # kind. The model is large and its rows are spread over memory: each lookup is
        # likely a cache miss.
        self.word_rows: dict[str, tuple[tuple[float, ...] | None, ...]] = {
            word: tuple(self.by_word[k].get(word) for k in WORD_KINDS)
            for word in set().union(*(self.by_word[k] for k in WORD_KINDS))}

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "StanceModel":
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            return cls(json.load(handle))

    def scores(self, feats: dict[str, float]) -> list[float]:
        """Class scores (logits) for negative, neutral, positive, frames included."""
        get = self.weights.get
        terms = [self.intercept]
        for row, value in zip(map(get, feats), feats.values()):
            if row is not None:
                terms.append(row if value == 1.0 else (row[0] * value, row[1] * value,
                                                       row[2] * value))
        neg, neu, pos = map(sum, zip(*terms))
        return apply_frames([neg, neu, pos], feats)

    def group_scores(self, groups: list[tuple[str, dict[str, float], bool]]) -> list[float]:
        """``scores`` of the features ``_feature_groups`` lists, without building their names.

        The terms are summed in the order ``scores`` sums them, so that the sums are the same
        to the last bit; a value of 1.0 is not multiplied by, which changes no bit either. The
        rows of a group whose values are all 1.0 are gathered and summed without a Python loop.
        The first group ("S:") holds every word that the other groups of ``WORD_KINDS`` do.
        """
        terms = [self.intercept]
        # The rows of each word of the sentence (the first group's keys), looked up once.
        words = groups[0][1]
        found = dict(zip(words, map(self.word_rows.get, words, repeat(_NO_ROWS))))
        # The first group's rows are the first of each word's, in the order of its words.
        terms.extend(filter(None, map(_S_ROW, found.values())))
        for kind, values, unit in groups[1:]:
            if kind:
                rows = map(_KIND_ROW[kind], map(found.__getitem__, values))
            else:
                rows = map(self.weights.get, values)
            if unit:
                terms.extend(filter(None, rows))  # None: a name the model has no row for
            else:
                for row, value in zip(rows, values.values()):
                    if row is not None:
                        terms.append(row if value == 1.0 else (row[0] * value, row[1] * value,
                                                               row[2] * value))
        neg, neu, pos = map(sum, zip(*terms))
        return apply_frames([neg, neu, pos], groups[-1][1])  # the last group has the frames

    def probabilities(self, feats: dict[str, float]) -> list[float]:
        return softmax(self.scores(feats))


# A word with no row of any kind, and the getter of a kind's row from a word's rows.
_NO_ROWS = (None,) * len(WORD_KINDS)
_KIND_ROW = {kind: itemgetter(n) for n, kind in enumerate(WORD_KINDS)}
_S_ROW = _KIND_ROW["S:"]


def softmax(logits: list[float]) -> list[float]:
    """Class probabilities from a linear model's scores (shared by the actor stance model)."""
    top = max(logits)
    exps = [math.exp(x - top) for x in logits]
    total = sum(exps)
    return [x / total for x in exps]


_loaded: StanceModel | None = None


def model() -> StanceModel:
    """The model in use: the shipped one, loaded on first use, unless ``use_model`` chose another."""
    global _loaded
    if _loaded is None:
        _loaded = StanceModel.load()
    return _loaded


def use_model(path: Path | str | None) -> StanceModel | None:
    """Use the model file at ``path`` from now on (``None``: back to the shipped one, lazily)."""
    global _loaded
    _loaded = None if path is None else StanceModel.load(Path(path))
    return _loaded


def target_probabilities(sentence: str, start: int, end: int) -> tuple[float, float, float]:
    """P(negative), P(neutral), P(positive) toward ``sentence[start:end]``."""
    tokens, t = masked_tokens(sentence, start, end)
    neg, neu, pos = softmax(model().group_scores(_feature_groups(tokens, t, sentence[start:end])))
    return neg, neu, pos


def target_polarity(sentence: str, start: int, end: int) -> int:
    """-1, 0 or 1: the polarity of ``sentence`` toward the mention ``sentence[start:end]``."""
    probs = target_probabilities(sentence, start, end)
    return CLASSES[max(range(3), key=probs.__getitem__)]


def target_score(sentence: str, start: int, end: int) -> float:
    """P(positive) - P(negative) toward ``sentence[start:end]``, in [-1, 1].

    Its sign agrees with ``target_polarity`` whenever that is -1 or 1 (the winning class is more
    probable than the other polar one); for a neutral verdict it is the lean of the rest.
    """
    neg, _, pos = target_probabilities(sentence, start, end)
    return pos - neg


@lru_cache(maxsize=1)
def _vader():
    """nltk's VADER with the lexicon from the ``vaderSentiment`` wheel: no nltk.download."""
    import nltk
    from nltk.sentiment import SentimentIntensityAnalyzer

    folder = str(_vader_dir())
    if folder not in nltk.data.path:
        nltk.data.path.append(folder)
    return SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")


def vader_compound(sentence: str) -> float:
    """VADER's compound score of the whole sentence, in [-1, 1]."""
    return _vader().polarity_scores(sentence)["compound"]


def vader_sentence_polarity(sentence: str) -> int:
    """Baseline: sentence-level VADER, -1 / 0 / 1 with the usual +-0.05 thresholds on compound."""
    compound = vader_compound(sentence)
    return 1 if compound >= 0.05 else -1 if compound <= -0.05 else 0
