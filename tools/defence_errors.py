"""Why actors the annotators judged FOR the target are read as AGAINST it (development only).

For each dev actor with gold stance +1 whom the actor model, cross-validated by batch, reads as
against the target, lists the sentences of their quotes that refer to the target with the
sentence model's reading of each reference (P(-), P(0), P(+)), and sorts each sentence into a
rough reason for the negative reading by word lists: a rebuttal or denial, an accusation
named, the target as the victim of unfair treatment, a negation, or other negative words. The
held-out test batches are never read.

    python tools/defence_errors.py [--rows rows.pkl] [--limit 40] [--seed 0]

``--rows``: rows pickled from ``train_actor_stance.collect`` (collected once, as it is slow).
"""

from __future__ import annotations

import argparse
import pickle
import random
import re
from collections import Counter
from pathlib import Path

import train_actor_stance as t
from actor_stance_errors import cv_errors, rules_only
from newsquotes import sentiment
from newsquotes.analysis import analyse
from newsquotes.article import read_article

ROOT = t.ROOT

REASONS = {
    "rebuttal": re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject\w*|baseless|unfounded|groundless|"
                           r"false|untrue|lie|lies|lying|nonsense|absurd|ridiculous|smear\w*|"
                           r"witch.?hunt|scapegoat\w*|rubbish|misleading|dismiss\w*|refut\w*|"
                           r"wrong|mistaken|unfair\w*|unjust\w*)\b", re.I),
    "accusation": re.compile(r"\b(?:accus\w*|allegation\w*|alleg\w*|claims?|charges?|critic\w*|"
                             r"blam\w*|attack\w*|complaints?)\b", re.I),
    "victim": re.compile(r"\b(?:target\w*|victim\w*|persecut\w*|harass\w*|vilif\w*|"
                         r"demoni[sz]\w*|singled out|campaign against|treated|punish\w*|"
                         r"bully\w*|hounded)\b", re.I),
    "negation": re.compile(r"\b(?:not|no|never|nothing|nobody|n't)\b|n't\b", re.I),
}


def reasons(sentence: str) -> list[str]:
    found = [name for name, pattern in REASONS.items() if pattern.search(sentence)]
    return found or ["other"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=Path)
    parser.add_argument("--limit", type=int, default=40, help="actors to print in full")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--gold", type=int, default=1)
    parser.add_argument("--read", default="-")
    args = parser.parse_args(argv)
    rows = pickle.loads(args.rows.read_bytes()) if args.rows else t.collect()
    assert all(r["batch"].startswith("dev") for r in rows)
    errors = cv_errors(rows, args.gold, args.read)
    print(f"{len(errors)} actors with gold {args.gold:+d} read as {args.read}")
    by_article: dict[tuple[str, str], list] = {}
    for r, x in errors:
        by_article.setdefault((r["article"], r["target"]), []).append((r, x))
    tally: Counter = Counter()
    actors_with = Counter()
    random.seed(args.seed)
    show = set(map(id, random.sample([r for r, _ in errors], max(0, min(args.limit, len(errors))))))
    if args.limit < 0:
        show = set(map(id, (r for r, _ in errors)))
    with rules_only():
        for (article, target), items in sorted(by_article.items()):
            a = analyse(read_article(ROOT / article), target)
            sentences = a.sentences
            for r, x in items:
                q = a.quotes[a.quotes.speaker == r["match"]]
                sids: set[int] = set()
                for _, quote in q.iterrows():
                    last = sentences[sentences.start < quote.end].sentence_id.max()
                    sids.update(range(int(quote.sentence_id), int(last) + 1))
                rows_here = a.mentions[a.mentions.sentence_id.isin(sids)]
                kinds = set()
                lines = []
                for sid, group in rows_here.groupby("sentence_id"):
                    s = sentences.iloc[sid]
                    probs = [sentiment.target_probabilities(s.text, int(m.start - s.start),
                                                            int(m.end - s.start))
                             for _, m in group.iterrows()]
                    mean = sum(p[2] - p[0] for p in probs) / len(probs)
                    why = reasons(s.text) if mean < -0.15 else ["(not negative)"]
                    if mean < -0.15:
                        kinds.update(why)
                        tally.update(why)
                        tally["negative sentences"] += 1
                    lines.append(f"    [{mean:+.2f}] {', '.join(why)}: {s.text.strip()}\n"
                                 + "".join(f"      {m.text!r}: P {p[0]:.2f} {p[1]:.2f} {p[2]:.2f}\n"
                                           for (_, m), p in zip(group.iterrows(), probs)))
                # Quotes read as against with no reference in their own sentences: their stance
                # comes from the target's acts there ("the cuts") or from the sentences around.
                borrowed = [quote for _, quote in q.iterrows() if quote.stance < -0.15
                            and not (rows_here.sentence_id.between(
                                quote.sentence_id, sentences[sentences.start < quote.end]
                                .sentence_id.max())).any()]
                for quote in borrowed:
                    tally["negative quotes from acts or context"] += 1
                    lines.append(f"    [{quote.stance:+.2f}] acts or context: "
                                 f"{quote.text.strip()}\n")
                if borrowed:
                    kinds.add("acts or context")
                actors_with.update(kinds or ["no negative sentence"])
                if id(r) in show:
                    print("=" * 100)
                    print(f"{r['batch']} {article} | target {target} | {r['actor']} "
                          f"| model {x:+.2f} rules {r['rule']:+.2f}")
                    print("".join(lines) or "    (no quote sentence refers to the target)")
    print("\nnegative quote sentences by reason (a sentence may have several):")
    for k, v in tally.most_common():
        print(f"  {k}: {v}")
    print("actors by reason of their negative sentences:")
    for k, v in actors_with.most_common():
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
