"""Score target-dependent sentiment on the NewsMTSC test splits: sentence-level VADER and ours.

    python -m newsquotes.eval_sentiment [TABLE.md] [--splits rw_test mt_test] [--model PATH]

Prints a Markdown table of macro-F1 and accuracy (in %) per split, and writes the same table to
TABLE.md when given. The data is read from data/external/newsmtsc/ in the repository.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from . import sentiment

DATA = Path(__file__).resolve().parents[2] / "data" / "external" / "newsmtsc"
POLARITY = {2.0: -1, 4.0: 0, 6.0: 1}
TEST_SPLITS = ("rw_test", "mt_test")


def load_split(name: str, data: Path = DATA) -> list[tuple[str, int, int, int]]:
    """(sentence, start, end, polarity) for every target in ``splits/<name>.jsonl``."""
    path = data / "splits" / f"{name}.jsonl"
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: NewsMTSC belongs in {data}")
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            for target in record["targets"]:
                rows.append((record["sentence_normalized"], target["from"], target["to"],
                             POLARITY[target["polarity"]]))
    return rows


def macro_f1(gold: list[int], predicted: list[int]) -> float:
    """Mean over the classes in ``gold`` of the F1 score (NewsMTSC's F1m), in [0, 1]."""
    scores = []
    for label in sorted(set(gold)):
        tp = sum(1 for g, p in zip(gold, predicted) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, predicted) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, predicted) if g == label and p != label)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def accuracy(gold: list[int], predicted: list[int]) -> float:
    return sum(1 for g, p in zip(gold, predicted) if g == p) / len(gold)


def evaluate(splits: tuple[str, ...] = TEST_SPLITS, data: Path = DATA) -> list[dict]:
    """One row per split: size, then macro-F1 and accuracy of VADER and of the stance model."""
    results = []
    for name in splits:
        rows = load_split(name, data)
        gold = [row[3] for row in rows]
        vader = [sentiment.vader_sentence_polarity(s) for s, _, _, _ in rows]
        sentiment.model(), sentiment.vader_lexicon()  # load before timing
        began = time.perf_counter()
        ours = [sentiment.target_polarity(s, a, b) for s, a, b, _ in rows]
        seconds = time.perf_counter() - began
        results.append({
            "split": name,
            "targets": len(rows),
            "vader_f1": 100 * macro_f1(gold, vader),
            "vader_acc": 100 * accuracy(gold, vader),
            "ours_f1": 100 * macro_f1(gold, ours),
            "ours_acc": 100 * accuracy(gold, ours),
            "us_per_call": 1e6 * seconds / len(rows),
        })
    return results


def markdown_table(results: list[dict]) -> str:
    lines = [
        "| split | targets | VADER macro-F1 | VADER accuracy | stance macro-F1 | stance accuracy |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r['split']} | {r['targets']} | {r['vader_f1']:.1f} | {r['vader_acc']:.1f} "
            f"| {r['ours_f1']:.1f} | {r['ours_acc']:.1f} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m newsquotes.eval_sentiment",
        description="Macro-F1 and accuracy of sentence-level VADER and the stance model on "
        "NewsMTSC splits.",
    )
    parser.add_argument("out", nargs="?", type=Path, help="also write the table to this file")
    parser.add_argument("--splits", nargs="+", default=list(TEST_SPLITS),
                        help="split names under data/external/newsmtsc/splits/ (default: tests)")
    parser.add_argument("--model", type=Path, help="a stance.json.gz other than the shipped one")
    args = parser.parse_args(argv)
    if args.model is not None:
        sentiment.use_model(args.model)
    results = evaluate(tuple(args.splits))
    table = markdown_table(results)
    print(table, end="")
    speed = ", ".join(f"{r['split']} {r['us_per_call']:.0f} µs" for r in results)
    print(f"\nstance model time per target (features and scoring): {speed}")
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(table, encoding="utf-8")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
