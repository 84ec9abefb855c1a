"""Train the target-dependent sentiment model that newsquotes.sentiment ships.

Reads NewsMTSC from data/external/newsmtsc/, fits a multinomial logistic regression on the
features of ``newsquotes.sentiment.features`` and writes src/newsquotes/models/stance.json.gz:
feature names, one row of (negative, neutral, positive) weights each, and the intercepts.

Every feature seen in training is kept (MIN_COUNT = 1) and L2 (C = 0.1) keeps the rare ones
small; docs/method.md lists the feature groups and what was tried and left out.

Selection uses the training set and the two dev splits only; the test splits are never read here.

    python tools/train_stance.py              # fit on train + dev, write the model
    python tools/train_stance.py --evaluate   # fit on train only, print grouped 5-fold CV on train
                                              # and dev figures; writes nothing
    python tools/train_stance.py --evaluate --repeats 3
                                              # also CV on 3 shuffled groupings of the articles
                                              # and their mean: steadier, what selection used

Needs scikit-learn (and numpy, scipy) besides newsquotes itself.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import sklearn
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from newsquotes.sentiment import CLASSES, MODEL_PATH, apply_frames, features  # noqa: E402
from model_file import save_model  # noqa: E402

DATA = ROOT / "data" / "external" / "newsmtsc"
TRAIN = "train.jsonl"
DEV = ("splits/rw_dev.jsonl", "splits/mt_dev.jsonl")
POLARITY = {2.0: -1, 4.0: 0, 6.0: 1}

# Chosen by grouped cross-validation on train.jsonl, checked on the dev splits.
C = 0.1  # inverse L2 strength
MIN_COUNT = 1  # a feature must occur in at least this many training examples to be kept
DIGITS = 4  # decimals kept in the shipped weights


def load(name: str) -> list[tuple[str, int, int, int, str]]:
    """(sentence, start, end, polarity, article) for every target in a NewsMTSC file."""
    rows = []
    with open(DATA / name, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            article = "_".join(record["primary_gid"].split("_")[:3])
            for target in record["targets"]:
                rows.append((record["sentence_normalized"], target["from"], target["to"],
                             POLARITY[target["polarity"]], article))
    return rows


def learned_features(sentence: str, start: int, end: int) -> dict[str, float]:
    # Frame features ("F:") carry fixed weights in newsquotes.sentiment, not learned ones.
    return {k: v for k, v in features(sentence, start, end).items() if not k.startswith("F:")}


def prune(feats: list[dict[str, float]], min_count: int) -> list[dict[str, float]]:
    counts = Counter(name for f in feats for name in f)
    return [{k: v for k, v in f.items() if counts[k] >= min_count} for f in feats]


def fit(feats: list[dict[str, float]], labels, c: float = C, min_count: int = MIN_COUNT):
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(prune(feats, min_count))
    classifier = LogisticRegression(C=c, max_iter=5000)
    classifier.fit(matrix, labels)
    if tuple(classifier.classes_) != CLASSES:
        raise SystemExit(f"unexpected classes {classifier.classes_}")
    return vectorizer, classifier


def predict(vectorizer, classifier, rows) -> np.ndarray:
    """Classes for (sentence, start, end, ...) rows as newsquotes.sentiment decides them: the
    learned scores, then the frames' fixed adjustments."""
    full = [features(*row[:3]) for row in rows]
    learned = [{k: v for k, v in f.items() if not k.startswith("F:")} for f in full]
    logits = classifier.decision_function(vectorizer.transform(learned))
    adjusted = np.array([apply_frames(list(s), f) for s, f in zip(logits, full)])
    return np.array(CLASSES)[adjusted.argmax(axis=1)]


def figures(gold, predicted) -> str:
    f1 = 100 * f1_score(gold, predicted, average="macro")
    acc = 100 * accuracy_score(gold, predicted)
    return f"macro-F1 {f1:.1f}  accuracy {acc:.1f}  (n={len(gold)})"


def evaluate(c: float, min_count: int, repeats: int = 0) -> None:
    train = load(TRAIN)
    feats = [learned_features(*row[:3]) for row in train]
    labels = np.array([row[3] for row in train])
    groups = [row[4] for row in train]
    # GroupKFold's own split, then ``repeats`` shuffled ones: the mean over several partitions of
    # the articles is steadier than any one of them (differences under ~0.3 are noise).
    splitters = [GroupKFold(n_splits=5)] + [
        GroupKFold(n_splits=5, shuffle=True, random_state=seed) for seed in range(repeats)
    ]
    scores = []
    for number, splitter in enumerate(splitters):
        predicted = np.zeros_like(labels)
        for fit_idx, held_idx in splitter.split(feats, labels, groups):
            vec, clf = fit([feats[i] for i in fit_idx], labels[fit_idx], c, min_count)
            predicted[held_idx] = predict(vec, clf, [train[i] for i in held_idx])
        scores.append(100 * f1_score(labels, predicted, average="macro"))
        what = "5-fold CV grouped by article" if number == 0 else f"shuffled grouping {number - 1}"
        print(f"train, {what}: {figures(labels, predicted)}", flush=True)
    if repeats:
        print(f"train, mean macro-F1 over the {repeats} shuffled groupings: "
              f"{np.mean(scores[1:]):.2f}")
    vec, clf = fit(feats, labels, c, min_count)
    print(f"features kept: {len(vec.feature_names_)}")
    for name in DEV:
        rows = load(name)
        gold = [row[3] for row in rows]
        print(f"{name}: {figures(gold, predict(vec, clf, rows))}")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_model(path: Path, c: float, min_count: int, with_dev: bool) -> None:
    files = [TRAIN, *DEV] if with_dev else [TRAIN]
    rows = [row for name in files for row in load(name)]
    feats = [learned_features(*row[:3]) for row in rows]
    labels = np.array([row[3] for row in rows])
    vec, clf = fit(feats, labels, c, min_count)
    weights = np.round(clf.coef_.T, DIGITS)  # one row per feature: negative, neutral, positive
    keep = np.abs(weights).max(axis=1) > 0
    names = [n for n, k in zip(vec.feature_names_, keep) if k]
    model = {
        "classes": list(CLASSES),
        "intercept": [round(float(x), DIGITS) for x in clf.intercept_],
        "features": names,
        "weights": [[float(x) for x in row] for row in weights[keep]],
        "meta": {
            "method": "multinomial logistic regression, L2, on newsquotes.sentiment.features",
            "C": c,
            "min_count": min_count,
            "examples": len(rows),
            "trained_on": {name: sha256(DATA / name) for name in files},
            "scikit_learn": sklearn.__version__,
            "made_by": "tools/train_stance.py",
        },
    }
    size = save_model(path, model)
    print(f"wrote {path}: {len(names)} features, {size} bytes")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--evaluate", action="store_true",
                        help="fit on train only and print CV and dev figures; write nothing")
    parser.add_argument("--train-only", action="store_true",
                        help="write a model fitted on train.jsonl alone (default: train + dev)")
    parser.add_argument("--C", type=float, default=C)
    parser.add_argument("--min-count", type=int, default=MIN_COUNT)
    parser.add_argument("--repeats", type=int, default=0,
                        help="with --evaluate: also this many shuffled groupings of the articles")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    if args.evaluate:
        evaluate(args.C, args.min_count, args.repeats)
    else:
        write_model(args.out.resolve(), args.C, args.min_count, with_dev=not args.train_only)


if __name__ == "__main__":
    main()
