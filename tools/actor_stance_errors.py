"""List the learned actor stance's errors on the development batches, cross-validated.

Each annotated actor of dev* (never a test batch: ``train_actor_stance.batches`` reads dev
only) gets the stance of a model fitted on the other folds' batches (5-fold, grouped by batch,
as ``train_actor_stance.py --evaluate``); this prints those whose gold class is GOLD and whose
reading is READ, with the rules' verdict, the features that carry the rules' evidence, and the
sentences of their quotes.

    python tools/actor_stance_errors.py 1 -          # gold for the target, read as against
    python tools/actor_stance_errors.py 0 - -n 30    # even-handed read as against, 30 of them
    python tools/actor_stance_errors.py null +       # saying nothing, read as for

GOLD is -1, 0, 1 or null; READ is -, 0, + or nan. Needs scikit-learn, like the training script.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from contextlib import contextmanager

import train_actor_stance as train
from newsquotes import stance
from newsquotes.analysis import analyse
from newsquotes.article import read_article

SHOWN = ("rule", "prior_", "role_", "lawyer_", "q_", "src_", "verb_", "contrast", "others_side",
         "first_at")


def cv_errors(rows: list[dict], gold: int | None, read: str) -> list[tuple[dict, float]]:
    """The rows whose gold class is ``gold`` and whose cross-validated reading is ``read``,
    each with that reading."""
    predicted = train.cross_validated(rows, train.C, train.NULL_RATIO, None)
    return [(r, x) for r, x in zip(rows, predicted) if r["gold"] == gold and train._bin(x) == read]


@contextmanager
def rules_only() -> Iterator[None]:
    """The analysis with the rules' actor stance, whose evidence the listings show."""
    use = stance.USE_MODEL
    stance.USE_MODEL = False
    try:
        yield
    finally:
        stance.USE_MODEL = use


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", choices=["-1", "0", "1", "null"])
    parser.add_argument("read", choices=["-", "0", "+", "nan"])
    parser.add_argument("-n", type=int, default=15, help="how many to show (a random sample)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    gold = None if args.gold == "null" else int(args.gold)
    wrong = cv_errors(train.collect(), gold, args.read)
    print(f"{len(wrong)} actors with gold {args.gold} read as {args.read}")
    random.Random(args.seed).shuffle(wrong)
    with rules_only():
        for row, x in sorted(wrong[:args.n], key=lambda rx: rx[0]["article"]):
            text = read_article(train.ROOT / row["article"])
            analysis = analyse(text, row["target"])
            print("=" * 80)
            print(f"{row['article']} | target {row['target']} | {row['actor']} "
                  f"(analysis: {row['match']})")
            if row["feats"] is None:
                print("  not found by the analysis")
                continue
            actor = analysis.actors[analysis.actors.actor == row["match"]].iloc[0]
            print(f"  title {actor.title!r}, affiliation {actor.affiliation!r}; "
                  f"model {x:+.2f}, rules {row['rule']:+.2f}")
            print("  " + " ".join(f"{k}={v:.2f}" for k, v in sorted(row["feats"].items())
                                  if k.startswith(SHOWN)))
            quotes = analysis.quotes[analysis.quotes.speaker == row["match"]]
            for q in quotes.itertuples():
                print(f"  > ({q.stance:+.2f}) {text[q.start:q.end]}")


if __name__ == "__main__":
    main()
