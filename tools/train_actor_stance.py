"""Train the actor stance model that newsquotes.actorstance ships.

Analyses every development article (data/eval/dev*/; the held-out test* batches are never
read), matches each annotated actor to the analysis' actor as the evaluation does, takes the
features of ``newsquotes.actorstance.features`` and the gold stance (-1, 0, +1, or null: says
nothing of the target) and fits a multinomial logistic regression on standardised features.
The standardisation is folded into the shipped weights, so scoring is one dot product per
class: src/newsquotes/models/actor_stance.json.gz.

    python tools/train_actor_stance.py              # fit on all dev batches, write the model
    python tools/train_actor_stance.py --evaluate   # 5-fold CV grouped by batch: rules and
                                                    # model on held-out batches; writes nothing
    python tools/train_actor_stance.py --evaluate --repeats 2   # and 2 shuffled groupings
    python tools/train_actor_stance.py --evaluate --fit-upto dev150   # and the later batches:
                                                    # fit on dev..dev150, score dev151 on

Needs scikit-learn (and numpy) besides newsquotes itself (the ``train`` extra).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from newsquotes import actorstance, eval_quotes, stance  # noqa: E402
from newsquotes.analysis import analyse  # noqa: E402
from newsquotes.article import read_article  # noqa: E402
from model_file import save_model  # noqa: E402

EVAL = ROOT / "data" / "eval"
LABELS = {-1: 0, 0: 1, 1: 2, None: 3}  # the order of actorstance.CLASSES
# Chosen by the grouped CV below.
C = 0.1  # inverse L2 strength
# "Nothing said of the target" wins where its probability is at least this share of the likeliest
# stance's: the largest ratio (in steps of 0.01) that gives fewer gold-null actors a stance than the
# rules do, in the grouped CV: 0.64 on dev..dev249 with the twenty-first session's final analysis
# (346 of 951, the rules 347; 0.65 gave 349); 0.67 on dev..dev241 with the twenty-first session's
# words of the actor's title in the text model (333 of 914, the rules 336; 0.68 gave 337); 0.65 with
# the twentieth session's final analysis (334 of 914, the rules 336; 0.66 gave 336); 0.68 with its
# government roles only for a target named as a government (332 of 914, the rules 336; 0.69 gave
# 336); 0.68 on dev..dev233 with the twentieth session's defence lawyers and portfolios on the
# target's side (331 of 883, the rules 332; 0.69 gave 335); 0.67 with the nineteenth session's final
# analysis (329 of 883, the rules 332; 0.68 gave 333); 0.65 with its pairs of quoted words in the
# text model and the analysis before that session's last rules (329 of 883, the rules 330; 0.66 gave
# 331; without the pairs the rule gave 0.66, 329, 0.68 giving 333); 0.68 on dev..dev225 with the
# eighteenth session's vocabulary of words in five batches and its final analysis (322 of 853, the
# rules 325; 0.69 gave 326); 0.67 on dev..dev217 with the seventeenth session's final analysis (315
# of 821, the rules 316; 0.68 gave 319); 0.66 on dev..dev209 with its naive Bayes reading of the
# words beside the regression (300 of 784, the rules 301; 0.67 gave 303); 0.61 with the sixteenth
# session's final analysis and text model (299 of 784, the rules 301; 0.62 gave 302); 0.63 on
# dev..dev201 with the text model reading the writer's words of the quote sentences too and the
# analysis before that session's rules (286 of 750, the rules 287; 0.64 gave 287); 0.59 with the
# quoted words only (286; 0.60 gave 288). 0.54 on dev..dev201 with the fifteenth session's target's
# side and institution features and its final analysis (285 of 750, the rules 287; 0.55 gave 287).
# On dev..dev197 with the analysis of 3dc6e7c it was 0.56 (279 of 728, the rules 281); 0.55 on
# dev..dev189 in the fourteenth session (269 of 698, the rules 271), 0.52 with the analysis of
# fb213a6, 0.54 with that of 858ee5a, 0.56 on dev..dev173: the step moves with every change of the
# analysis.
NULL_RATIO = 0.64
DIGITS = 5
NB_DIGITS = 3  # the naive Bayes' log-probabilities: a thousandth is well within its noise
# The text model: inverse L2 strength (on 0/1 word features, unscaled), and in how many
# development batches a word must be quoted to be in its vocabulary. TEXT_C chosen by the grouped
# CV; MIN_BATCHES 5 (was 10) by the grouped CV and the later batches together, in the eighteenth
# session on dev..dev225: 4,994 words against 2,807; first grouping 4,121 -> 4,150 right, a
# shuffled one 4,152 -> 4,148, the later batches (fitted on dev..dev150) 1,298 -> 1,312 at 107
# gold-null actors given a stance (7: 4,118, 1,312; 3: 4,139, 1,308; 20: 4,094, 1,286).
TEXT_C = 0.1
MIN_BATCHES = 5
# The text model's naive Bayes: additive smoothing of the word counts.
NB_ALPHA = 1.0


def batches(only: set[str] | None = None) -> list[Path]:
    """The development batches: dev, dev2, dev3 ... (those in ``only``, if given); never a
    test batch."""
    return sorted((p for p in EVAL.iterdir() if p.is_dir() and re.fullmatch(r"dev\d*", p.name)
                   and (only is None or p.name in only)), key=lambda p: int(p.name[3:] or 1))


def collect(only: set[str] | None = None) -> list[dict]:
    """One row per annotated actor: batch, gold, the rules' stance, and the features of the
    analysis' actor it matches (None where the analysis has no such actor); and, for listing
    errors, the article, target, gold actor and the analysis' actor (None if not found)."""
    rows = []
    use = stance.USE_MODEL
    stance.USE_MODEL = False  # the rules' stance in the actors table; the features recorded
    actorstance.recorder = []
    actorstance.recorded_words = []
    try:
        for batch in batches(only):
            for path in sorted(batch.glob("*.gold.json")):
                gold = json.loads(path.read_text(encoding="utf-8"))
                actorstance.recorder.clear()
                actorstance.recorded_words.clear()
                actors = analyse(read_article(ROOT / gold["article"]),
                                 gold.get("target", "Russia")).actors
                feats = actorstance.recorder[-1] if actorstance.recorder else {}
                words = actorstance.recorded_words[-1] if actorstance.recorded_words else {}
                names = eval_quotes._names(gold)
                for actor in gold.get("actors", []):
                    found = actors[actors.actor.map(
                        lambda a: eval_quotes.accepted(a, names[actor["actor"]]))]
                    match = found.actor.iloc[0] if len(found) else None
                    rows.append({"batch": batch.name, "gold": actor.get("stance"),
                                 "rule": float(found.stance.iloc[0]) if len(found) else math.nan,
                                 "feats": feats.get(match) if match is not None else None,
                                 "words": words.get(match, frozenset()),
                                 "article": gold["article"], "target": gold.get("target", "Russia"),
                                 "actor": actor["actor"], "match": match})
    finally:
        stance.USE_MODEL = use
        actorstance.recorder = None
        actorstance.recorded_words = []
    return rows


def vocabulary(rows: list[dict]) -> list[str]:
    """The text model's words (``actorstance.quoted_words``: quoted, or the writer's, marked
    ``c:``): those the actors of at least ``MIN_BATCHES`` batches have in lower case (of all
    batches, if fewer), and no more actors with a capital (names, places)."""
    lower: dict[str, set[str]] = {}
    n_lower: Counter = Counter()
    n_capital: Counter = Counter()
    for row in rows:
        for w in row["words"]:
            if (w[2:] if w.startswith("c:") else w).islower():
                lower.setdefault(w, set()).add(row["batch"])
                n_lower[w] += 1
            else:
                n_capital[w[:2] + w[2:].lower() if w.startswith("c:") else w.lower()] += 1
    least = min(MIN_BATCHES, len({row["batch"] for row in rows}))
    return sorted(w for w, seen in lower.items()
                  if len(seen) >= least and n_lower[w] >= n_capital[w])


def _bag(row: dict, vocab: set[str]) -> dict[str, float]:
    return {w: 1.0 for w in {w.lower() for w in row["words"]} if w in vocab}


class Stacked:
    """The text model (which words of the vocabulary an actor's quotes hold, read by a logistic
    regression and by a naive Bayes) and the actor model over the features and the text
    model's eight outputs; the actor model is fitted on text outputs from text models fitted
    without the actor's batch (grouped 5-fold), as the shipped text model reads articles it
    was not fitted on."""

    def __init__(self, rows: list[dict], c: float = C, text_c: float = TEXT_C) -> None:
        from sklearn.model_selection import GroupKFold

        labels = np.array([LABELS[r["gold"]] for r in rows])
        self.vocab = vocabulary(rows)
        self.text = self._fit_text(rows, labels, text_c)
        groups = np.array([r["batch"] for r in rows])
        folds = min(5, len(set(groups)))
        text = [None] * len(rows)
        if folds >= 2:
            for fit_idx, held_idx in GroupKFold(n_splits=folds).split(rows, labels, groups):
                inner = self._fit_text([rows[i] for i in fit_idx], labels[fit_idx], text_c)
                for i, p in zip(held_idx, self._text_probs(inner, [rows[i] for i in held_idx])):
                    text[i] = p
        else:
            text = self._text_probs(self.text, rows)
        self.vectorizer, self.scaler, self.classifier = fit(
            [self._with_text(r["feats"], p) for r, p in zip(rows, text)], labels, c)

    def _fit_text(self, rows: list[dict], labels: np.ndarray, text_c: float):
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.naive_bayes import MultinomialNB

        vocab = set(self.vocab)
        vectorizer = DictVectorizer()
        matrix = vectorizer.fit_transform([_bag(r, vocab) for r in rows])
        return (vectorizer, LogisticRegression(C=text_c, max_iter=5000).fit(matrix, labels),
                MultinomialNB(alpha=NB_ALPHA).fit(matrix, labels))

    def _text_probs(self, text, rows: list[dict]) -> list[list[float]]:
        """Each row's text outputs: the regression's four probabilities, then the naive
        Bayes' four log-probabilities less their mean (``actorstance.TextModel.features``)."""
        vectorizer, classifier, bayes = text
        vocab = set(self.vocab)
        matrix = vectorizer.transform([_bag(r, vocab) for r in rows])
        out = []
        for p, lp in zip(classifier.predict_proba(matrix), bayes.predict_log_proba(matrix)):
            probs = [0.0] * len(actorstance.CLASSES)  # a class no fitting actor had: 0
            for k, x in zip(classifier.classes_, p):
                probs[k] = float(x)
            logs = [-30.0] * len(actorstance.CLASSES)  # ... and a log-probability of -30
            for k, x in zip(bayes.classes_, lp):
                logs[k] = float(x)
            mean = sum(logs) / len(logs)
            out.append(probs + [x - mean for x in logs])
        return out

    @staticmethod
    def _with_text(feats: dict, probs: list[float]) -> dict:
        names = actorstance.TextModel.NAMES + actorstance.TextModel.NB_NAMES
        return {**feats, **dict(zip(names, map(float, probs)))}

    def predict_proba(self, rows: list[dict]) -> np.ndarray:
        text = self._text_probs(self.text, rows)
        matrix = self.vectorizer.transform([self._with_text(r["feats"], p)
                                            for r, p in zip(rows, text)])
        return self.classifier.predict_proba(self.scaler.transform(matrix))


def fit(feats: list[dict], labels: np.ndarray, c: float = C):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    vectorizer = DictVectorizer(sparse=False)
    matrix = vectorizer.fit_transform(feats)
    scaler = StandardScaler().fit(matrix)
    classifier = LogisticRegression(C=c, max_iter=5000).fit(scaler.transform(matrix), labels)
    return vectorizer, scaler, classifier


def _bin(x: float) -> str:
    return "nan" if x != x else "+" if x > 0.15 else "-" if x < -0.15 else "0"


def table(rows: list[dict], stances: list[float]) -> tuple[str, float]:
    """The confusion table (gold rows, incl. null; columns nan - 0 +), right of all, right of
    given, gold-null actors given a stance, and the same by dev..59 and dev60+."""
    counts: Counter = Counter()
    halves: Counter = Counter()
    for row, x in zip(rows, stances):
        counts[(row["gold"], _bin(x))] += 1
        half = "dev..59" if int(row["batch"][3:] or 1) <= 59 else "dev60+"
        if row["gold"] is None:
            halves[(half, "null")] += 1
            halves[(half, "null given")] += x == x
        else:
            halves[(half, "n")] += 1
            halves[(half, "given")] += x == x
            halves[(half, "right")] += _bin(x) == {-1: "-", 0: "0", 1: "+"}[row["gold"]]
    lines = [f"  gold {g!s:>4}: " + " / ".join(f"{k} {counts[(g, k)]}"
                                               for k in ("nan", "-", "0", "+"))
             for g in (-1, 0, 1, None)]
    n = sum(v for (g, _), v in counts.items() if g is not None)
    given = sum(v for (g, k), v in counts.items() if g is not None and k != "nan")
    right = sum(counts[(g, k)] for g, k in ((-1, "-"), (0, "0"), (1, "+")))
    nulls = sum(v for (g, _), v in counts.items() if g is None)
    lines.append(f"  {n} actors with a gold stance, {given} given one, {right} right "
                 f"({right / n:.1%} of all, {right / max(given, 1):.1%} of given); {nulls} "
                 f"gold-null actors, {nulls - counts[(None, 'nan')]} given a stance anyway")
    for half in ("dev..59", "dev60+"):
        h = {k: halves[(half, k)] for k in ("n", "given", "right", "null", "null given")}
        lines.append(f"  {half}: {h['n']} actors, {h['given']} given, {h['right']} right "
                     f"({h['right'] / max(h['n'], 1):.1%} of all); null {h['null']}, "
                     f"{h['null given']} given a stance")
    return "\n".join(lines), right / n


def cross_validated(rows: list[dict], c: float, null_ratio: float, seed: int | None
                    ) -> list[float]:
    """Each actor's stance from a model fitted on the other folds' batches."""
    from sklearn.model_selection import GroupKFold

    idx = [i for i, r in enumerate(rows) if r["feats"] is not None]
    labels = np.array([LABELS[rows[i]["gold"]] for i in idx])
    groups = np.array([rows[i]["batch"] for i in idx])
    splitter = GroupKFold(n_splits=5) if seed is None else \
        GroupKFold(n_splits=5, shuffle=True, random_state=seed)
    out = [math.nan] * len(rows)
    for fit_idx, held_idx in splitter.split(idx, labels, groups):
        model = Stacked([rows[idx[j]] for j in fit_idx], c)
        probs = model.predict_proba([rows[idx[j]] for j in held_idx])
        for j, p in zip(held_idx, probs):
            out[idx[j]] = actorstance.stance_of(list(p), null_ratio)
    return out


def _number(batch: str) -> int:
    return int(batch[3:] or 1)


def later_batches(rows: list[dict], upto: str, c: float, null_ratio: float) -> list[float]:
    """The stance of each actor of the batches after ``upto`` from a model fitted on ``upto``
    and the batches before it (NaN for the rest): how the model reads text written later."""
    last = _number(upto)
    model = Stacked([r for r in rows if r["feats"] is not None and _number(r["batch"]) <= last], c)
    out = [math.nan] * len(rows)
    held = [i for i, r in enumerate(rows) if r["feats"] is not None and _number(r["batch"]) > last]
    if held:
        probs = model.predict_proba([rows[i] for i in held])
        for i, p in zip(held, probs):
            out[i] = actorstance.stance_of(list(p), null_ratio)
    return out


def evaluate(c: float, null_ratio: float, repeats: int, only: set[str] | None = None,
             fit_upto: str | None = None) -> None:
    rows = collect(only)
    names = sorted({r["batch"] for r in rows}, key=lambda b: int(b[3:] or 1))
    print(f"{len(names)} dev batches ({names[0]} .. {names[-1]}), {len(rows)} annotated actors, "
          f"{sum(r['feats'] is not None for r in rows)} found by the analysis")
    text, rules = table(rows, [r["rule"] for r in rows])
    print("rules:\n" + text)
    scores = []
    for n, seed in enumerate([None, *range(repeats)]):
        predicted = cross_validated(rows, c, null_ratio, seed)
        text, score = table(rows, predicted)
        scores.append(score)
        if n == 0:
            print(f"model (C={c}, null ratio {null_ratio}), 5-fold CV grouped by batch:\n"
                  + text)
    if repeats:
        print("right of all over the groupings: " + ", ".join(f"{s:.1%}" for s in scores)
              + f"; mean {np.mean(scores):.1%} (rules {rules:.1%})")
    if fit_upto:
        later = [i for i, r in enumerate(rows) if _number(r["batch"]) > _number(fit_upto)]
        predicted = later_batches(rows, fit_upto, c, null_ratio)
        first = next((rows[i]["batch"] for i in later), "none")
        print(f"later batches ({first} ..), the model fitted on dev .. {fit_upto}:")
        print("  rules:\n" + "\n".join("  " + line for line in table(
            [rows[i] for i in later], [rows[i]["rule"] for i in later])[0].splitlines()[4:5]))
        print("  model:\n" + "\n".join("  " + line for line in table(
            [rows[i] for i in later], [predicted[i] for i in later])[0].splitlines()[:5]))


def _sklearn_version() -> str:
    import sklearn

    return sklearn.__version__


def write_model(path: Path, c: float, null_ratio: float, only: set[str] | None = None) -> None:
    rows = [r for r in collect(only) if r["feats"] is not None]
    stacked = Stacked(rows, c)
    vec, scaler, clf = stacked.vectorizer, stacked.scaler, stacked.classifier
    text_vec, text_clf, text_nb = stacked.text
    for classes in (clf.classes_, text_clf.classes_, text_nb.classes_):
        if tuple(classes) != tuple(range(len(actorstance.CLASSES))):
            raise SystemExit(f"unexpected classes {classes}")
    # the text model's weights by word, in the vocabulary's order (a word no fitting actor
    # said has no column: weight 0)
    columns = {w: j for j, w in enumerate(text_vec.feature_names_)}
    text_weights = [[round(float(text_clf.coef_[k, columns[w]]), DIGITS) if w in columns else 0.0
                     for k in range(len(actorstance.CLASSES))] for w in stacked.vocab]
    # the naive Bayes': log P(word | class), each word's and the priors' less their mean over
    # the classes (which leaves the log-probabilities less their mean unchanged)
    nb_log = text_nb.feature_log_prob_ - text_nb.feature_log_prob_.mean(axis=0)
    nb_prior = text_nb.class_log_prior_ - text_nb.class_log_prior_.mean()
    nb_weights = [[round(float(nb_log[k, columns[w]]), NB_DIGITS) if w in columns else 0.0
                   for k in range(len(actorstance.CLASSES))] for w in stacked.vocab]
    # logit_k = b_k + sum_j w_kj (x_j - mean_j) / scale_j: fold mean and scale into the weights
    weights = clf.coef_ / scaler.scale_
    intercept = clf.intercept_ - weights @ scaler.mean_
    model = {
        "classes": list(actorstance.CLASSES),
        "null_ratio": null_ratio,
        "intercept": [round(float(x), DIGITS) for x in intercept],
        "features": list(vec.feature_names_),
        "weights": [[round(float(x), DIGITS) for x in row] for row in weights.T],
        "text": {
            "intercept": [round(float(x), DIGITS) for x in text_clf.intercept_],
            "vocabulary": stacked.vocab,
            "weights": text_weights,
            "nb_prior": [round(float(x), NB_DIGITS) for x in nb_prior],
            "nb_weights": nb_weights,
        },
        "meta": {
            "method": "multinomial logistic regression, L2, on standardised "
                      "newsquotes.actorstance.features (the scaling folded into the weights)",
            "C": c,
            "text_C": TEXT_C,
            "text_min_batches": MIN_BATCHES,
            "text_nb_alpha": NB_ALPHA,
            "examples": len(rows),
            "batches": sorted({r["batch"] for r in rows}, key=lambda b: int(b[3:] or 1)),
            "scikit_learn": _sklearn_version(),
            "made_by": "tools/train_actor_stance.py",
        },
    }
    size = save_model(path, model)
    print(f"wrote {path}: {len(vec.feature_names_)} features, {len(stacked.vocab)} words, "
          f"{len(rows)} actors, {size} bytes")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--evaluate", action="store_true",
                        help="5-fold CV grouped by batch, rules and model; write nothing")
    parser.add_argument("--C", type=float, default=C)
    parser.add_argument("--null-ratio", type=float, default=NULL_RATIO)
    parser.add_argument("--repeats", type=int, default=0,
                        help="with --evaluate: also this many shuffled groupings of the batches")
    parser.add_argument("--out", type=Path, default=actorstance.MODEL_PATH)
    parser.add_argument("--batches", help="comma-separated dev batches to use (default: all)")
    parser.add_argument("--fit-upto", metavar="BATCH",
                        help="with --evaluate: also fit on dev .. BATCH and score the later "
                             "batches (e.g. dev150)")
    args = parser.parse_args(argv)
    only = set(args.batches.split(",")) if args.batches else None
    if args.fit_upto and not re.fullmatch(r"dev\d*", args.fit_upto):
        parser.error("--fit-upto takes a dev batch, e.g. dev150")
    if args.evaluate:
        evaluate(args.C, args.null_ratio, args.repeats, only, args.fit_upto)
    else:
        write_model(args.out.resolve(), args.C, args.null_ratio, only)


if __name__ == "__main__":
    main()
