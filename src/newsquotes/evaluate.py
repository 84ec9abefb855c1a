"""``make evaluate``: every measured figure in one place, printed and written to docs/evaluation.md.

Quotes and speakers are scored on the hand-annotated articles under data/eval (dev* folders were
used to tune the rules; test* folders were held out), stance on the NewsMTSC test splits, and the
seed article's stances are checked in sign against its gold annotation.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from . import eval_agreement, eval_quotes, eval_sentiment
from .analysis import analyse
from .article import read_article

ROOT = Path(__file__).resolve().parents[2]


def seed_stances(eval_dir: Path = eval_quotes.EVAL_DIR) -> list[dict]:
    """Gold and measured stance, per annotated actor of every annotated article; gold ``None``
    for an actor who says nothing of the target."""
    rows = []
    for path in sorted(eval_dir.glob("*/*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        actors = analyse(read_article(ROOT / gold["article"]), gold.get("target", "Russia")).actors
        names = eval_quotes._names(gold)
        for actor in gold.get("actors", []):
            accepted = names[actor["actor"]]
            found = actors[actors.actor.map(lambda a: eval_quotes.accepted(a, accepted))]
            measured = float(found.stance.iloc[0]) if len(found) else float("nan")
            rows.append({"split": path.parent.name, "article": path.name.removesuffix(".gold.json"),
                         "actor": actor["actor"], "gold": actor.get("stance"),
                         "measured": measured})
    return rows


def _sign(measured: float) -> int | None:
    """The measured stance as gold writes it: None for NaN, 0 within ±0.15."""
    if measured != measured:
        return None
    return 1 if measured > 0.15 else -1 if measured < -0.15 else 0


def stance_summary_table(rows: list[dict]) -> str:
    """Actor stance over all tuned-on and all held-out articles, the actors who say nothing of
    the target counted too: an analysis that gives everyone a stance is caught there."""
    lines = ["| articles | actors with a gold stance | right | given a stance | right of those "
             "given | actors saying nothing of the target | given a stance all the same |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for label, prefix in (("tuned on (dev*)", "dev"), ("held out (test*)", "test")):
        group = [r for r in rows if r["split"].startswith(prefix)]
        stated = [r for r in group if r["gold"] is not None]
        given = [r for r in stated if _sign(r["measured"]) is not None]
        right = sum(_sign(r["measured"]) == r["gold"] for r in given)
        silent = [r for r in group if r["gold"] is None]
        loud = sum(_sign(r["measured"]) is not None for r in silent)
        lines.append(f"| {label} | {len(stated)} | {right} ({right / max(len(stated), 1):.1%}) | "
                     f"{len(given)} | {right / max(len(given), 1):.1%} | {len(silent)} | {loud} |")
    return "\n".join(lines) + "\n"


def stance_sign_table(rows: list[dict]) -> str:
    rows = [r for r in rows if r["gold"] is not None]
    lines = ["| split | actors with a gold stance | measured | sign right (of measured) |",
             "|---|---:|---:|---:|"]
    for split in sorted({r["split"] for r in rows}, key=eval_quotes.split_order):
        group = [r for r in rows if r["split"] == split]
        measured = [r for r in group if r["measured"] == r["measured"]]
        right = [r for r in measured if _sign(r["measured"]) == r["gold"]]
        lines.append(f"| {split} | {len(group)} | {len(measured)} | "
                     f"{len(right)} ({len(right) / max(len(measured), 1):.0%}) |")
    return "\n".join(lines) + "\n"


def seed_table(rows: list[dict]) -> str:
    lines = ["| actor | gold | measured |", "|---|---:|---:|"]
    for r in rows:
        if r["article"] == "russia-syria-geneva-talks-2016" and r["gold"] is not None:
            lines.append(f"| {r['actor']} | {r['gold']:+d} | {r['measured']:+.2f} |")
    return "\n".join(lines) + "\n"


# Measured once, when each batch of articles arrived and before any rule was changed for it:
# the nearest thing to figures on unseen text for the batches that were then tuned on.
_HISTORY = """Each `dev*` batch was written by someone who had not seen the extractor, and scored
once on arrival, before any rule was changed for it:

| batch | quotes | precision | recall | attribution | measured when |
|---|---:|---:|---:|---:|---|
| dev (seed and 3 articles) | 91 | 98.8% | 89.0% | 78.0% | the first extractor |
| dev2 (5 articles) | 71 | 95.6% | 91.5% | 64.8% | after tuning on dev |
| dev3 (6 articles) | 109 | 100.0% | 94.5% | 83.5% | after tuning on dev, dev2 |
| dev4 (4 articles) | 76 | 100.0% | 98.7% | 85.5% | after tuning on dev, dev2, dev3 |
| test2 (4 articles) | 72 | 98.6% | 97.2% | 75.0% | after tuning on dev, dev2, dev3 |
| dev5 (3 articles) | 52 | 100.0% | 98.1% | 80.8% | after tuning on dev to dev4 |
| dev6 (4 articles) | 77 | 100.0% | 89.6% | 59.7% | after tuning on dev to dev5 |
| dev7 (4 articles) | 77 | 98.6% | 93.5% | 70.1% | after tuning on dev to dev5 |
| test3 (4 articles) | 76 | 100.0% | 98.7% | 77.6% | after tuning on dev to dev5 |
| dev8 (4 articles) | 74 | 98.6% | 94.6% | 82.4% | after tuning on dev to dev7 |
| dev9 (4 articles) | 78 | 97.4% | 94.9% | 75.6% | after tuning on dev to dev7 |
| dev10 (4 articles) | 75 | 100.0% | 97.3% | 81.3% | after tuning on dev to dev9 |
| dev11 (4 articles) | 76 | 100.0% | 93.4% | 71.1% | after tuning on dev to dev10 |
| dev12 (4 articles) | 76 | 100.0% | 100.0% | 93.4% | after tuning on dev to dev10 |
| dev13 (4 articles) | 73 | 100.0% | 94.5% | 79.5% | after tuning on dev to dev12 |
| dev14 (4 articles) | 74 | 100.0% | 94.6% | 82.4% | after tuning on dev to dev12 |
| test4 (4 articles) | 74 | 100.0% | 94.6% | 82.4% | after tuning on dev to dev12 |
| dev15 (4 articles) | 71 | 98.6% | 95.8% | 77.5% | after tuning on dev to dev12 and one dev13 rule |
| dev16 (4 articles) | 70 | 100.0% | 98.6% | 92.9% | after tuning on dev to dev15 |
| dev17 (4 articles) | 76 | 97.3% | 94.7% | 78.9% | after tuning on dev to dev15 |
| dev18 (4 articles) | 72 | 98.6% | 97.2% | 79.2% | after tuning on dev to dev15 |
| dev19 (4 articles) | 73 | 100.0% | 93.2% | 71.2% | after tuning on dev to dev18 and on probe articles |
| dev20 (4 articles) | 73 | 98.6% | 97.3% | 79.5% | after tuning on dev to dev18 and on probe articles |
| test5 (4 articles) | 73 | 100.0% | 94.5% | 91.8% | after all tuning, at the end of the third session |
| dev21 (4 articles) | 76 | 98.7% | 97.4% | 85.5% | at the start of the fourth session (tuned on dev to dev20) |
| dev22 (4 articles) | 76 | 98.7% | 98.7% | 77.6% | at the start of the fourth session |
| test6 (4 articles) | 76 | 97.4% | 98.7% | 84.2% | at the start of the fourth session |
| dev23 (4 articles) | 74 | 100.0% | 98.6% | 90.5% | after tuning on dev to dev22 and on probe articles |
| dev24 (4 articles) | 70 | 95.4% | 88.6% | 75.7% | after tuning on dev to dev22 and on probe articles |
| dev25 (4 articles) | 74 | 100.0% | 97.3% | 89.2% | after tuning on dev to dev24 |
| test7 (4 articles) | 68 | 97.1% | 98.5% | 86.8% | after all tuning, at the end of the fourth session |
| test8 (4 articles) | 75 | 97.4% | 100.0% | 85.3% | at the start of the fifth session |
| dev26 (4 articles) | 68 | 98.5% | 97.1% | 82.4% | at the start of the fifth session (tuned on dev to dev25) |
| dev27 (4 articles) | 79 | 97.5% | 97.5% | 79.7% | at the start of the fifth session (tuned on dev to dev25) |
| dev29 (4 articles) | 77 | 98.7% | 96.1% | 81.8% | in the fifth session, after tuning on dev26 and dev27 |
| dev28 (4 articles) | 79 | 97.4% | 96.2% | 89.9% | in the fifth session, after tuning on dev26, dev27 and dev29 |
| dev31 (4 articles) | 78 | 98.7% | 96.2% | 85.9% | in the fifth session, after tuning on dev26 to dev29 and probe articles |
| dev30 (4 articles) | 77 | 98.7% | 96.1% | 79.2% | in the fifth session, after tuning on dev26 to dev29, a first dev31 rule and probe articles |
| test9 (4 articles) | 75 | 100.0% | 96.0% | 88.0% | near the end of the fifth session, after all its tuning |
| dev32 (4 articles) | 75 | 100.0% | 100.0% | 93.3% | late in the fifth session, after tuning on dev26 to dev31 |
| dev33 (4 articles) | 73 | 97.3% | 98.6% | 87.7% | late in the fifth session, after tuning on dev26 to dev31 |
| dev34 (4 articles) | 75 | 100.0% | 98.7% | 90.7% | late in the fifth session, after tuning on dev26 to dev33 |
| dev35 (4 articles) | 74 | 97.3% | 98.6% | 87.8% | at the end of the fifth session, after tuning on dev26 to dev34 |
| test10 (4 articles) | 76 | 100.0% | 98.7% | 82.9% | at the end of the fifth session, after all its tuning; scored once |
| dev36 (4 articles) | 77 | 100.0% | 98.7% | 84.4% | early in the sixth session (tuned on dev to dev35) |
| dev37 (4 articles) | 73 | 100.0% | 97.3% | 84.9% | early in the sixth session (tuned on dev to dev35) |
| dev38 (4 articles) | 77 | 100.0% | 97.4% | 94.8% | in the sixth session, after tuning on dev36 and dev37 |
| dev39 (4 articles) | 74 | 97.3% | 95.9% | 83.8% | in the sixth session, after tuning on dev36 and dev37 |
| dev40 (4 articles) | 75 | 100.0% | 97.3% | 76.0% | in the sixth session, after tuning on dev36 to dev39 |
| dev41 (4 articles) | 76 | 100.0% | 100.0% | 93.4% | in the sixth session, after tuning on dev36 to dev39 |
| dev42 (4 articles) | 78 | 100.0% | 100.0% | 80.8% | late in the sixth session, after tuning on dev36 to dev41 |
| dev43 (4 articles) | 73 | 100.0% | 97.3% | 86.3% | late in the sixth session, after tuning on dev36 to dev41 |
| test11 (4 articles) | 70 | 98.6% | 98.6% | 91.4% | at the end of the sixth session, after all its tuning; scored once |
| test12 (4 articles) | 75 | 100.0% | 100.0% | 86.7% | at the end of the sixth session, after all its tuning; scored once |
| test13 (4 articles) | 75 | 98.7% | 98.7% | 90.7% | at the end of the sixth session, after all its tuning; scored once |
| dev44 (4 articles) | 76 | 100.0% | 97.4% | 92.1% | at the start of the seventh session (tuned on dev to dev43) |
| dev45 (4 articles) | 77 | 100.0% | 100.0% | 96.1% | at the start of the seventh session (tuned on dev to dev43) |
| dev46 (4 articles) | 75 | 100.0% | 98.7% | 93.3% | in the seventh session, after tuning on dev44 and dev45 |
| dev47 (4 articles) | 72 | 100.0% | 91.7% | 81.9% | in the seventh session, after tuning on dev44 and dev45 |
| dev48 (4 articles) | 75 | 98.7% | 100.0% | 88.0% | in the seventh session, after tuning on dev44 to dev47 |
| dev49 (4 articles) | 68 | 98.5% | 98.5% | 89.7% | in the seventh session, after tuning on dev44 to dev47 |
| dev50 (4 articles) | 67 | 100.0% | 98.5% | 83.6% | in the seventh session, after tuning on dev44 to dev49 |
| dev51 (4 articles) | 69 | 100.0% | 95.7% | 81.2% | in the seventh session, after tuning on dev44 to dev49 |
| dev52 (4 articles) | 66 | 95.6% | 98.5% | 87.9% | in the seventh session, after tuning on dev44 to dev51 |
| dev53 (4 articles) | 63 | 98.4% | 98.4% | 85.7% | in the seventh session, after tuning on dev44 to dev51 |
| dev54 (4 articles) | 62 | 95.2% | 95.2% | 80.6% | in the seventh session, after tuning on dev44 to dev51 |
| dev55 (4 articles) | 62 | 100.0% | 100.0% | 83.9% | in the seventh session, after tuning on dev44 to dev51 |
| dev56 (4 articles) | 64 | 100.0% | 98.4% | 71.9% | late in the seventh session, after tuning on dev44 to dev55 |
| dev57 (4 articles) | 71 | 95.9% | 100.0% | 95.8% | late in the seventh session, after tuning on dev44 to dev55 |
| dev58 (4 articles) | 71 | 98.5% | 94.4% | 83.1% | late in the seventh session, after tuning on dev44 to dev55 |
| dev59 (4 articles) | 70 | 100.0% | 98.6% | 87.1% | late in the seventh session, after tuning on dev44 to dev55 |
| dev60 (4 articles) | 71 | 94.6% | 98.6% | 94.4% | at the start of the eighth session (tuned on dev to dev59) |
| dev64 (4 articles) | 72 | 100.0% | 98.6% | 87.5% | at the start of the eighth session (tuned on dev to dev59) |
| dev61 (4 articles) | 67 | 98.5% | 97.0% | 88.1% | early in the eighth session, after a first round of rules for dev60 and dev64 |
| dev65 (4 articles) | 69 | 100.0% | 97.1% | 89.9% | early in the eighth session, after a first round of rules for dev60 and dev64 |
| dev62 (4 articles) | 66 | 97.0% | 97.0% | 92.4% | early in the eighth session, after a first round of rules for dev60 and dev64 |
| dev66 (4 articles) | 70 | 97.2% | 98.6% | 92.9% | early in the eighth session, after a first round of rules for dev60 and dev64 |
| dev63 (4 articles) | 59 | 94.9% | 94.9% | 88.1% | in the eighth session, after tuning on dev60 and dev64 |
| dev67 (4 articles) | 66 | 95.7% | 100.0% | 86.4% | in the eighth session, after tuning on dev60 and dev64 |
| dev68 (4 articles) | 72 | 98.6% | 98.6% | 87.5% | in the eighth session, after tuning on dev60 to dev67 |
| dev72 (4 articles) | 74 | 97.3% | 97.3% | 90.5% | in the eighth session, after tuning on dev60 to dev67 |
| dev69 (4 articles) | 69 | 97.2% | 100.0% | 79.7% | in the eighth session, after tuning on dev60 to dev68 and dev72 |
| dev73 (4 articles) | 67 | 95.7% | 100.0% | 89.6% | in the eighth session, after tuning on dev60 to dev68 and dev72 |
| dev74 (4 articles) | 57 | 98.2% | 98.2% | 94.7% | in the eighth session, after tuning on dev60 to dev68 and dev72 |
| dev70 (4 articles) | 66 | 97.0% | 98.5% | 92.4% | in the eighth session, after tuning on dev60 to dev69 and dev72 to dev74 |
| dev75 (4 articles) | 60 | 98.4% | 100.0% | 98.3% | in the eighth session, after tuning on dev60 to dev69 and dev72 to dev74 |
| dev71 (4 articles) | 67 | 98.5% | 97.0% | 85.1% | in the eighth session, after tuning on dev60 to dev70 and dev72 to dev75 |
| dev76 (4 articles) | 74 | 97.3% | 98.6% | 89.2% | in the eighth session, after tuning on dev60 to dev75 |
| dev77 (4 articles) | 76 | 96.1% | 97.4% | 76.3% | in the eighth session, after tuning on dev60 to dev75 |
| dev80 (4 articles) | 75 | 97.3% | 97.3% | 88.0% | in the eighth session, after tuning on dev60 to dev75 |
| dev81 (4 articles) | 71 | 100.0% | 100.0% | 84.5% | in the eighth session, after tuning on dev60 to dev75 |
| dev78 (4 articles) | 72 | 97.3% | 100.0% | 90.3% | late in the eighth session, after tuning on dev60 to dev77, dev80 and dev81 |
| dev79 (4 articles) | 67 | 100.0% | 98.5% | 85.1% | late in the eighth session, after tuning on dev60 to dev77, dev80 and dev81 |
| dev82 (4 articles) | 70 | 94.6% | 100.0% | 95.7% | late in the eighth session, after tuning on dev60 to dev77, dev80 and dev81 |
| dev83 (4 articles) | 73 | 97.3% | 98.6% | 80.8% | late in the eighth session, after tuning on dev60 to dev77, dev80 and dev81 |
| dev84 (4 articles) | 76 | 96.2% | 98.7% | 88.2% | late in the eighth session, after tuning on dev60 to dev83 |
| dev88 (4 articles) | 74 | 100.0% | 94.6% | 86.5% | late in the eighth session, after tuning on dev60 to dev83 |
| dev85 (4 articles) | 76 | 97.4% | 97.4% | 88.2% | late in the eighth session, after tuning on dev60 to dev84 and dev88 |
| dev89 (4 articles) | 70 | 98.6% | 98.6% | 91.4% | late in the eighth session, after tuning on dev60 to dev84 and dev88 |
| dev86 (4 articles) | 66 | 100.0% | 98.5% | 89.4% | late in the eighth session, after tuning on dev60 to dev85, dev88 and dev89 (dev90 under the metric before "several" was dropped) |
| dev90 (4 articles) | 70 | 100.0% | 98.6% | 88.6% | late in the eighth session, after tuning on dev60 to dev85, dev88 and dev89 (dev90 under the metric before "several" was dropped) |
| dev87 (4 articles) | 63 | 92.6% | 100.0% | 90.5% | at the end of the eighth session, after tuning on dev60 to dev86 and dev88 to dev90 |
| dev91 (4 articles) | 65 | 98.4% | 96.9% | 83.1% | at the end of the eighth session, after tuning on dev60 to dev86 and dev88 to dev90 |
| dev92 (4 articles) | 71 | 98.6% | 95.8% | 83.1% | at the start of the ninth session, after five of its rules (tuned on dev to dev91) |
| dev93 (4 articles) | 67 | 95.7% | 98.5% | 86.6% | at the start of the ninth session, after five of its rules (tuned on dev to dev91) |
| dev94 (4 articles) | 61 | 98.3% | 95.1% | 85.2% | at the start of the ninth session, after five of its rules (tuned on dev to dev91) |
| dev95 (4 articles) | 56 | 94.7% | 96.4% | 94.6% | at the start of the ninth session, after five of its rules (tuned on dev to dev91) |
| dev96 (4 articles) | 75 | 98.6% | 97.3% | 86.7% | at the start of the ninth session, after five of its rules (tuned on dev to dev91) |
| dev97 (4 articles) | 76 | 98.6% | 96.1% | 84.2% | at the start of the ninth session, after five of its rules (tuned on dev to dev91) |
| dev98 (4 articles) | 68 | 98.5% | 98.5% | 83.8% | at the start of the ninth session, after five of its rules (tuned on dev to dev91) |
| dev99 (4 articles) | 62 | 96.8% | 98.4% | 88.7% | at the start of the ninth session, after five of its rules (tuned on dev to dev91) |
| dev100 (4 articles) | 68 | 94.3% | 97.1% | 77.9% | late in the ninth session, after tuning on dev92 to dev99 |
| dev101 (4 articles) | 73 | 98.6% | 94.5% | 79.5% | late in the ninth session, after tuning on dev92 to dev99 |
| dev102 (4 articles) | 72 | 95.9% | 97.2% | 81.9% | at the start of the tenth session (tuned on dev to dev101) |
| dev106 (4 articles) | 71 | 98.6% | 98.6% | 87.3% | at the start of the tenth session (tuned on dev to dev101) |
| dev103 (4 articles) | 72 | 97.2% | 97.2% | 84.7% | in the tenth session, after tuning on dev102 and dev106 |
| dev104 (4 articles) | 72 | 98.6% | 98.6% | 86.1% | in the tenth session, after tuning on dev102 and dev106 |
| dev105 (4 articles) | 68 | 100.0% | 98.5% | 88.2% | in the tenth session, after tuning on dev102 and dev106 |
| dev107 (4 articles) | 76 | 97.4% | 98.7% | 88.2% | in the tenth session, after tuning on dev102 and dev106 |
| dev108 (4 articles) | 69 | 98.5% | 97.1% | 88.4% | in the tenth session, after tuning on dev102 and dev106 |
| dev109 (4 articles) | 72 | 98.6% | 97.2% | 86.1% | in the tenth session, after tuning on dev102 and dev106 |
| dev110 (4 articles) | 76 | 97.4% | 98.7% | 80.3% | in the tenth session, after tuning on dev102 to dev109 |
| dev114 (4 articles) | 66 | 98.4% | 95.5% | 81.8% | in the tenth session, after tuning on dev102 to dev109 |
| dev111 (4 articles) | 69 | 98.6% | 98.6% | 89.9% | in the tenth session, after tuning on dev102 to dev110 and dev114 |
| dev112 (4 articles) | 73 | 98.6% | 97.3% | 91.8% | in the tenth session, after tuning on dev102 to dev110 and dev114 |
| dev113 (4 articles) | 66 | 97.0% | 98.5% | 90.9% | in the tenth session, after tuning on dev102 to dev110 and dev114 |
| dev115 (4 articles) | 63 | 95.4% | 98.4% | 87.3% | in the tenth session, after tuning on dev102 to dev110 and dev114 |
| dev116 (4 articles) | 62 | 100.0% | 100.0% | 91.9% | in the tenth session, after tuning on dev102 to dev110 and dev114 |
| dev117 (4 articles) | 64 | 98.4% | 96.9% | 87.5% | in the tenth session, after tuning on dev102 to dev110 and dev114 |
| dev118 (4 articles) | 65 | 98.5% | 98.5% | 93.8% | at the end of the tenth session, with its final code |
| dev119 (4 articles) | 61 | 98.4% | 100.0% | 91.8% | at the end of the tenth session, with its final code |
| dev120 (4 articles) | 57 | 98.2% | 98.2% | 84.2% | at the end of the tenth session, with its final code |
| dev121 (4 articles) | 57 | 98.3% | 100.0% | 89.5% | at the end of the tenth session, with its final code |
| dev122 (4 articles) | 69 | 100.0% | 98.6% | 95.7% | at the end of the tenth session, with its final code |
| dev123 (4 articles) | 68 | 100.0% | 98.5% | 94.1% | at the end of the tenth session, with its final code |
| dev124 (4 articles) | 63 | 98.4% | 96.8% | 77.8% | at the end of the tenth session, with its final code |
| dev125 (4 articles) | 61 | 100.0% | 100.0% | 93.4% | at the end of the tenth session, with its final code |
| dev126 (4 articles) | 70 | 97.1% | 97.1% | 87.1% | on arrival in the eleventh session, after its first rule |
| dev127 (4 articles) | 70 | 95.7% | 95.7% | 84.3% | on arrival in the eleventh session, after its first rule |
| dev128 (4 articles) | 66 | 98.5% | 97.0% | 83.3% | on arrival in the eleventh session, after its first rule |
| dev129 (4 articles) | 65 | 100.0% | 96.9% | 73.8% | on arrival in the eleventh session, after its first rule |
| dev130 (4 articles) | 60 | 98.4% | 100.0% | 86.7% | on arrival in the eleventh session, after its first rule |
| dev131 (4 articles) | 62 | 96.8% | 98.4% | 80.6% | on arrival in the eleventh session, after its first rule |
| dev132 (4 articles) | 67 | 98.5% | 98.5% | 79.1% | on arrival in the eleventh session, after its first rule |
| dev133 (4 articles) | 63 | 96.8% | 95.2% | 81.0% | on arrival in the eleventh session, after its first rule |
| dev134 (4 articles) | 76 | 98.7% | 97.4% | 84.2% | at the end of the eleventh session, with its final code |
| dev135 (4 articles) | 69 | 98.5% | 94.2% | 87.0% | at the end of the eleventh session, with its final code |
| dev136 (4 articles) | 60 | 98.4% | 100.0% | 91.7% | at the end of the eleventh session, with its final code |
| dev137 (4 articles) | 57 | 100.0% | 94.7% | 89.5% | at the end of the eleventh session, with its final code |
| dev138 (4 articles) | 63 | 96.9% | 98.4% | 92.1% | at the end of the eleventh session, with its final code |
| dev139 (4 articles) | 70 | 98.6% | 98.6% | 98.6% | at the end of the eleventh session, with its final code |
| dev140 (4 articles) | 68 | 97.1% | 98.5% | 94.1% | at the end of the eleventh session, with its final code |
| dev141 (4 articles) | 68 | 97.1% | 98.5% | 79.4% | at the end of the eleventh session, with its final code |
| dev142 (4 articles) | 75 | 100.0% | 100.0% | 97.3% | on arrival in the twelfth session, after its first rule |
| dev143 (4 articles) | 71 | 97.3% | 100.0% | 91.5% | on arrival in the twelfth session, after its first rule |
| dev144 (4 articles) | 64 | 96.9% | 96.9% | 82.8% | on arrival in the twelfth session, after its first rule |
| dev145 (4 articles) | 68 | 98.5% | 94.1% | 82.4% | on arrival in the twelfth session, after its first rule |
| dev146 (4 articles) | 71 | 100.0% | 95.8% | 81.7% | on arrival in the twelfth session, after its first rule |
| dev147 (4 articles) | 63 | 100.0% | 100.0% | 90.5% | on arrival in the twelfth session, after its first rule |
| dev148 (4 articles) | 58 | 96.6% | 98.3% | 91.4% | on arrival in the twelfth session, after its first rule |
| dev149 (4 articles) | 59 | 98.3% | 98.3% | 88.1% | on arrival in the twelfth session, after its first rule |
| dev150 (4 articles) | 68 | 100.0% | 97.1% | 89.7% | on arrival in the twelfth session, after its third rule |
| dev151 (4 articles) | 68 | 100.0% | 100.0% | 89.7% | on arrival in the twelfth session, after its third rule |
| dev152 (4 articles) | 69 | 100.0% | 98.6% | 81.2% | on arrival in the twelfth session, after its third rule |
| dev153 (4 articles) | 66 | 97.0% | 98.5% | 84.8% | on arrival in the twelfth session, after its third rule |
| dev154 (4 articles) | 65 | 98.5% | 98.5% | 78.5% | on arrival in the twelfth session, after its third rule |
| dev155 (4 articles) | 63 | 100.0% | 98.4% | 82.5% | on arrival in the twelfth session, after its third rule |
| dev156 (4 articles) | 61 | 95.2% | 98.4% | 95.1% | on arrival in the twelfth session, after its third rule |
| dev157 (4 articles) | 62 | 100.0% | 95.2% | 72.6% | on arrival in the twelfth session, after its third rule |
| dev158 (4 articles) | 65 | 100.0% | 100.0% | 80.0% | on arrival in the thirteenth session, after its first rule |
| dev159 (4 articles) | 67 | 100.0% | 98.5% | 95.5% | on arrival in the thirteenth session, after its first rule |
| dev160 (4 articles) | 69 | 98.6% | 98.6% | 85.5% | on arrival in the thirteenth session, after its first rule |
| dev161 (4 articles) | 69 | 97.1% | 98.6% | 95.7% | on arrival in the thirteenth session, after its second rule |
| dev162 (4 articles) | 69 | 100.0% | 97.1% | 87.0% | on arrival in the thirteenth session, after its first rule |
| dev163 (4 articles) | 64 | 96.8% | 95.3% | 90.6% | on arrival in the thirteenth session, after its first rule |
| dev164 (4 articles) | 60 | 100.0% | 96.7% | 78.3% | on arrival in the thirteenth session, after its first rule |
| dev165 (4 articles) | 57 | 100.0% | 96.5% | 84.2% | on arrival in the thirteenth session, after its second rule |
| dev166 (4 articles) | 75 | 100.0% | 100.0% | 86.7% | on arrival in the thirteenth session, after its third rule |
| dev167 (4 articles) | 72 | 98.6% | 98.6% | 95.8% | on arrival in the thirteenth session, after its third rule |
| dev168 (4 articles) | 69 | 100.0% | 98.6% | 88.4% | on arrival in the thirteenth session, after its fifth rule |
| dev169 (4 articles) | 70 | 100.0% | 95.7% | 87.1% | on arrival in the thirteenth session, after its fifth rule |
| dev170 (4 articles) | 64 | 95.5% | 98.4% | 90.6% | on arrival in the thirteenth session, after its third rule |
| dev171 (4 articles) | 73 | 97.3% | 97.3% | 93.2% | on arrival in the thirteenth session, after its third rule |
| dev172 (4 articles) | 73 | 98.6% | 100.0% | 94.5% | on arrival in the thirteenth session, after its fifth rule |
| dev173 (4 articles) | 72 | 98.6% | 98.6% | 80.6% | on arrival in the thirteenth session, after its fifth rule |
| dev174 (4 articles) | 61 | 93.7% | 96.7% | 91.8% | on arrival in the fourteenth session (the starting code) |
| dev175 (4 articles) | 58 | 98.3% | 98.3% | 89.7% | on arrival in the fourteenth session (the starting code) |
| dev176 (4 articles) | 60 | 100.0% | 95.0% | 86.7% | on arrival in the fourteenth session (the starting code) |
| dev177 (4 articles) | 56 | 98.2% | 96.4% | 92.9% | on arrival in the fourteenth session (the starting code) |
| dev178 (4 articles) | 73 | 97.2% | 95.9% | 83.6% | on arrival in the fourteenth session (the starting code) |
| dev179 (4 articles) | 68 | 98.5% | 97.1% | 82.4% | on arrival in the fourteenth session (the starting code) |
| dev180 (4 articles) | 58 | 100.0% | 100.0% | 94.8% | on arrival in the fourteenth session (the starting code) |
| dev181 (4 articles) | 58 | 100.0% | 100.0% | 93.1% | on arrival in the fourteenth session (the starting code) |
| dev182 (4 articles) | 74 | 97.4% | 100.0% | 93.2% | on arrival in the fourteenth session, after its tenth rule |
| dev183 (4 articles) | 62 | 98.3% | 95.2% | 87.1% | on arrival in the fourteenth session, after its tenth rule |
| dev184 (4 articles) | 64 | 98.4% | 96.9% | 92.2% | on arrival in the fourteenth session, after its tenth rule |
| dev185 (4 articles) | 65 | 98.5% | 98.5% | 96.9% | on arrival in the fourteenth session, after its tenth rule |
| dev186 (4 articles) | 71 | 98.6% | 100.0% | 88.7% | on arrival in the fourteenth session, after its tenth rule |
| dev187 (4 articles) | 63 | 100.0% | 100.0% | 87.3% | on arrival in the fourteenth session, after its tenth rule |
| dev188 (4 articles) | 64 | 98.5% | 100.0% | 89.1% | on arrival in the fourteenth session, after its tenth rule |
| dev189 (4 articles) | 57 | 100.0% | 100.0% | 91.2% | on arrival in the fourteenth session, after its tenth rule |
| dev190 (4 articles) | 66 | 97.0% | 97.0% | 77.3% | on arrival in the fifteenth session, after its first three rules |
| dev191 (4 articles) | 65 | 98.4% | 95.4% | 90.8% | on arrival in the fifteenth session, after its first three rules |
| dev192 (4 articles) | 64 | 96.9% | 96.9% | 92.2% | on arrival in the fifteenth session, after its first three rules |
| dev193 (4 articles) | 62 | 100.0% | 98.4% | 90.3% | on arrival in the fifteenth session, after its first three rules |
| dev194 (4 articles) | 70 | 97.1% | 97.1% | 87.1% | on arrival in the fifteenth session, after its first four rules |
| dev195 (4 articles) | 68 | 98.6% | 100.0% | 95.6% | on arrival in the fifteenth session, after its first four rules |
| dev196 (4 articles) | 63 | 96.9% | 98.4% | 88.9% | on arrival in the fifteenth session, after its first four rules |
| dev197 (4 articles) | 62 | 98.4% | 98.4% | 83.9% | on arrival in the fifteenth session, after its first four rules |
| dev198 (4 articles) | 70 | 98.6% | 100.0% | 92.9% | on arrival in the fifteenth session, after its nineteenth rule |
| dev199 (4 articles) | 74 | 97.3% | 97.3% | 89.2% | on arrival in the fifteenth session, after its nineteenth rule |
| dev200 (4 articles) | 70 | 100.0% | 97.1% | 87.1% | on arrival in the fifteenth session, after its nineteenth rule |
| dev201 (4 articles) | 69 | 98.6% | 98.6% | 81.2% | on arrival in the fifteenth session, after its nineteenth rule |
| dev202 (4 articles) | 68 | 100.0% | 98.5% | 85.3% | on arrival in the sixteenth session, after its first rule |
| dev203 (4 articles) | 71 | 98.6% | 98.6% | 88.7% | on arrival in the sixteenth session, after its first rule |
| dev204 (4 articles) | 64 | 98.5% | 100.0% | 93.8% | on arrival in the sixteenth session, after its first rule |
| dev205 (4 articles) | 58 | 100.0% | 100.0% | 91.4% | on arrival in the sixteenth session, after its first rule |
| dev206 (4 articles) | 65 | 100.0% | 100.0% | 98.5% | on arrival in the sixteenth session, after its first rule |
| dev207 (4 articles) | 65 | 100.0% | 98.5% | 96.9% | on arrival in the sixteenth session, after its first rule |
| dev208 (4 articles) | 62 | 100.0% | 98.4% | 93.5% | on arrival in the sixteenth session, after its first rule |
| dev209 (4 articles) | 64 | 100.0% | 98.4% | 93.8% | on arrival in the sixteenth session, after its first rule |
| dev210 (4 articles) | 71 | 98.6% | 95.8% | 83.1% | on arrival in the seventeenth session, with the starting code and a crash fix |
| dev211 (4 articles) | 67 | 100.0% | 100.0% | 91.0% | on arrival in the seventeenth session, with the starting code and a crash fix |
| dev212 (4 articles) | 60 | 98.3% | 95.0% | 95.0% | on arrival in the seventeenth session, with the starting code and a crash fix |
| dev213 (4 articles) | 71 | 100.0% | 100.0% | 94.4% | on arrival in the seventeenth session, with the starting code and a crash fix |
| dev214 (4 articles) | 65 | 100.0% | 96.9% | 92.3% | on arrival in the seventeenth session, with the starting code and a crash fix |
| dev215 (4 articles) | 64 | 98.4% | 96.9% | 92.2% | on arrival in the seventeenth session, with the starting code and a crash fix |
| dev216 (4 articles) | 62 | 100.0% | 100.0% | 90.3% | on arrival in the seventeenth session, with the starting code and a crash fix |
| dev217 (4 articles) | 56 | 100.0% | 98.2% | 94.6% | on arrival in the seventeenth session, with the starting code and a crash fix |
| dev218 (4 articles) | 69 | 98.6% | 100.0% | 94.2% | on arrival in the eighteenth session, with the starting code |
| dev219 (4 articles) | 67 | 100.0% | 100.0% | 92.5% | on arrival in the eighteenth session, with the starting code |
| dev220 (4 articles) | 63 | 100.0% | 96.8% | 85.7% | on arrival in the eighteenth session, with the starting code |
| dev221 (4 articles) | 58 | 100.0% | 96.6% | 86.2% | on arrival in the eighteenth session, with the starting code |
| dev222 (4 articles) | 69 | 100.0% | 98.6% | 94.2% | on arrival in the eighteenth session, with the starting code |
| dev223 (4 articles) | 57 | 98.3% | 100.0% | 96.5% | on arrival in the eighteenth session, with the starting code |
| dev224 (4 articles) | 59 | 98.2% | 94.9% | 89.8% | on arrival in the eighteenth session, with the starting code |
| dev225 (4 articles) | 58 | 100.0% | 98.3% | 84.5% | on arrival in the eighteenth session, with the starting code |
| dev226 (4 articles) | 66 | 100.0% | 100.0% | 97.0% | on arrival in the nineteenth session, with the starting code |
| dev227 (4 articles) | 63 | 100.0% | 96.8% | 87.3% | on arrival in the nineteenth session, with the starting code |
| dev228 (4 articles) | 64 | 100.0% | 100.0% | 87.5% | on arrival in the nineteenth session, with the starting code |
| dev229 (4 articles) | 68 | 97.1% | 98.5% | 94.1% | on arrival in the nineteenth session, with the starting code |
| dev230 (4 articles) | 72 | 95.9% | 97.2% | 93.1% | on arrival in the nineteenth session, with the starting code |
| dev231 (4 articles) | 69 | 100.0% | 100.0% | 94.2% | on arrival in the nineteenth session, with the starting code |
| dev232 (4 articles) | 65 | 100.0% | 100.0% | 98.5% | on arrival in the nineteenth session, with the starting code |
| dev233 (4 articles) | 65 | 98.5% | 98.5% | 92.3% | on arrival in the nineteenth session, with the starting code |
| dev234 (4 articles) | 67 | 100.0% | 100.0% | 95.5% | on arrival in the twentieth session, with the starting code |
| dev235 (4 articles) | 72 | 98.6% | 97.2% | 93.1% | on arrival in the twentieth session, with the starting code |
| dev236 (4 articles) | 63 | 100.0% | 100.0% | 93.7% | on arrival in the twentieth session, with the starting code |
| dev237 (4 articles) | 70 | 100.0% | 98.6% | 87.1% | on arrival in the twentieth session, with the starting code |
| dev238 (4 articles) | 75 | 100.0% | 100.0% | 90.7% | on arrival in the twentieth session, with the starting code |
| dev239 (4 articles) | 71 | 97.3% | 100.0% | 85.9% | on arrival in the twentieth session, with the starting code |
| dev240 (4 articles) | 71 | 95.9% | 98.6% | 95.8% | on arrival in the twentieth session, with the starting code |
| dev241 (4 articles) | 72 | 98.6% | 100.0% | 94.4% | on arrival in the twentieth session, with the starting code |
| dev242 (4 articles) | 71 | 100.0% | 100.0% | 91.5% | on arrival in the twenty-first session, with the starting code |
| dev243 (4 articles) | 69 | 94.4% | 98.6% | 95.7% | on arrival in the twenty-first session, with the starting code |
| dev244 (4 articles) | 61 | 100.0% | 100.0% | 96.7% | on arrival in the twenty-first session, with the starting code |
| dev245 (4 articles) | 60 | 98.4% | 100.0% | 91.7% | on arrival in the twenty-first session, with the starting code |
| dev246 (4 articles) | 70 | 100.0% | 98.6% | 90.0% | on arrival in the twenty-first session, with the starting code |
| dev247 (4 articles) | 62 | 98.4% | 100.0% | 98.4% | on arrival in the twenty-first session, with the starting code |
| dev248 (4 articles) | 63 | 98.4% | 96.8% | 92.1% | on arrival in the twenty-first session, with the starting code |
| dev249 (4 articles) | 64 | 100.0% | 96.9% | 87.5% | on arrival in the twenty-first session, with the starting code |

Quote finding carries over to new text; attribution on unseen articles sits at 60-93%, mostly
below the 95% goal and below what the tuned batches show. Each tuning round lifts the batches
it tuned on by 10-30 points but the next unseen batch much less: the errors are a long tail of
sentence shapes, each new article bringing its own. The held-out `test` to `test7` rows above
are the figures to quote. `test`, `test2` and `test3` together: 173 of 215 quotes (80.5%) found
and given to the right speaker before the tuning on dev6 to dev12, 177 (82.3%) after dev11 and
dev12, 181 (84.2%) at the end of the third session and 185 (86.0%) at the end of the fourth
(after dev21 to dev25 and two dozen more probe articles). `test4`: 61 of 74 at first look, 59
at the end of the third session, 60 (81.1%) at the end of the fourth. `test5`: 67 of 73
(91.8%), then 68 (93.2%). `test6`: 64 of 76 (84.2%) at first look, 67 (88.2%) at the end.
`test7`, written last and scored once: 59 of 68 (86.8%). All seven held-out batches together:
439 of 506 (86.8%) at the end of the fourth session.

The fifth session tuned on dev26 to dev31 and a dozen probe articles, and added general
knowledge rather than sentence shapes where it could: given names that tell a person's sex
(`data/given-names/`), places of two or more words, acronyms and their bodies, role mentions
("the judge" after Judge X), subjects of the sentence before as what "it", "they" and "he" mean,
numbers with thousands separators as one word, business nouns that never mean a public body.
The same seven held-out batches: 454 of 506 (89.7%), with `test2` (+4), `test3`, `test5`,
`test6`, `test7` (+5) up and none down. `test8`, written at the start of the session: 64 of 75
(85.3%) at first look and the same at the end. `test9`, written near the end and scored once:
66 of 75 (88.0%). `test10`, written at the very end and scored once: 63 of 76 (82.9%). All
ten held-out batches together: 647 of 732 (88.4%). Tuning lifts the batches tuned on by 10-30
points and unseen text by a few; the 95% goal is not met on unseen text.

The sixth session tuned on dev36 to dev43 (eight blind batches from outlets not used before:
SCMP, DW, WSJ, Yonhap, Dawn, RFE/RL, Jakarta Post, Deccan Herald, The Verge and others) and
again added general knowledge where it could: descriptions folded into the body they mean ("the
land council", a headline's "Union"), documents speaking for their authors ("a memo from the
bureau", "the complaint" for whoever sued, "the university's press release"), headline
fragments given to the headline's subject ("Senegal summons envoy over 'broken promise'", ",
study finds"), reports within reports ("said the board had concluded that '...'"), Chinese,
Korean and Vietnamese family names first, initials ("K.N. Prakash"), abbreviated titles ("Gov.").
The first looks at its eight dev batches come to 516 of 603 (85.6%; 76.0-94.8% per batch):
what the rules know still runs out on each new batch. The metric changed once: a speaker's name is now compared without a
leading "one", "a" or count ("One EU diplomat" and "EU diplomat"), as it already was without
"the"; on the old metric the figures below are 2 quotes lower on the ten older held-out batches.
Held out at the end: `test` to `test10` 659 of 732 (90.0%; 657, 89.8%, on the old metric, from
647 at the start of the session), and `test11` to `test13`, written during the session and
scored once at its end: 197 of 220 (89.5%). All thirteen held-out batches: 856 of 952 (89.9%).
What does carry over is knowing which attributions to check: see the confidence table below.

The seventh session scored dev44 to dev59 (sixteen blind batches from outlets not used before:
The Moscow Times, Yle, LRT, Meduza, Novaya Gazeta Europe, Kyiv Post, Kathimerini, Bangkok Post,
Taipei Times, Kyodo, Rappler, The Citizen, Premium Times, Graphic Online, Boston Globe, Denver
Post, Manchester Evening News, WalesOnline and others) on arrival, four at a time, and tuned on
each set before the next arrived. Their first looks: 960 of 1,148 (83.6%; 71.9-96.1% per batch).
What it added is again general knowledge rather than sentence shapes: a company's legal suffix
keeps its period ("Harvest Lane Markets Inc. said"), a name's gloss in another script is stepped
over ("Huang Chih-ming (黃志明) told"), given names' second syllables are no modifiers
("Chun-hsien"), initials as surnames ("Oleh M."), "Coun", "chairperson", family roles, "the
Joint Chiefs of Staff", lower-case departments ("the department of higher education"), a
ministry keeps its country ("Kazakhstan’s Energy Ministry"), an embassy its city, a statement
"released through his agent" stays its author's, results "filed with the Nigerian Exchange" stay
the company's, "they" after an unnamed person spoke is that person, "said A: '...'" reports A. The
metric changed once more: a company's legal suffix is part of neither name ("IronPeak Fitness"
and "IronPeak Fitness Inc."); this moves no held-out figure. Held out at the end: `test` to
`test13` 860 of 952 (90.3%, from 856); `test14` to `test18`, written during the session by
helpers told to describe nothing, never read, and scored once at its end: 310 of 357 (86.8%; the
session's starting code scores 307 on them). All eighteen held-out batches: 1,170 of 1,309
(89.4%). The long tail is still there: each new batch brings sentence shapes and naming habits
the rules have not met, and tuning on sixteen batches moved unseen text by about one point.

The eighth session scored dev60 to dev91 (thirty-two blind batches from outlets not used before:
ERR News, Irish Independent, ANSA, The Barents Observer, The Gleaner, STAT, Focus Taiwan, The
Times of Israel, Korea Times, L'Orient Today, Samoa Observer, MONTSAME, Law360, Racing Post,
Church Times, Addis Standard, Caixin Global, NHK World-Japan, Rudaw, Dhaka Tribune, dpa, BTA,
TradeWinds, Việt Nam News and others) on arrival, two to four at a time, and tuned on each set
before the next arrived. Their first looks: 1,954 of 2,210 (88.4%; 76.3-98.3% per batch), from
83.6% for the seventh session's. What it added is general knowledge again: Mr and Ms (and a title
given in full) tell apart two people who share a surname, letters after a name (SC, TD, MSP) and
hyphenated titles ("Attorney-at-law") are not part of it, a short name in brackets after a body's
("(Sadtu)") is that body, "the Brazilian" and "the 54-year-old Portuguese" are the person just
named, "the envoy" is the ambassador, a minister's list of portfolios ends before the name, a
body's name may hold a possessive ("the Huntington’s Disease Society of America") or two
prepositions ("the Centre for the Study of Democracy"), glued initials ("D.Ganbold"), a person
called Said, Irish surnames after Ó, Singapore and Hong Kong family names, "Viet Nam". The metric
changed twice, each time to accept a name annotators wrote both ways: an owner written with a
bare apostrophe ("Cyprus’ Interior Ministry" for "Interior Ministry") and a group counted by
"several", "some" or "many"; neither moves the older held-out batches, and on the new ones they
add one quote at the start and at the end of the session alike. Held out at the end: `test` to
`test13` 860 of 952 (90.3%, unchanged); `test14` to `test18` 311 of 357 (87.1%, from 310);
`test19` to `test26`, written during the session by helpers told to describe nothing, never
read, and scored once at its end: 478 of 537 (89.0%; the session's starting code scores 470 on
them with the same metric, 469 with the old one). All twenty-six held-out batches: 1,649 of
1,846 (89.3%). Annotators still disagree on how much of a description names an unnamed speaker
("Traders in Ashaiman" and "traders" in one article): keeping the place in such names gains as
many dev quotes as it loses, so the rule stays as it was.

The ninth session scored dev92 to dev99 (eight blind batches, all arrived at once, from outlets
not used before: High North News, Fierce Pharma, RTHK, Jakarta Globe, Polskie Radio, The Grocer,
The Japan News, Nyasa Times, Ukrinform, Railway Gazette International, ESPNcricinfo, Iceland
Review, Armenpress, Decanter, FRANCE 24, The Phnom Penh Post, The Baltic Times, Mining Weekly,
The Nassau Guardian, The Mainichi, bne IntelliNews, Retail Gazette, Zambia Daily Mail, The
Peninsula, Interfax-Ukraine, International Railway Journal, Newsroom, New Vision, 24.kg,
Splash247, Cook Islands News and The Malta Independent). Their first looks: 463 of 536 (86.4%;
83.1-94.6% per batch); after tuning 493 (92.0%). What it added is general knowledge again: towns
of two or more words are never people (`data/places/`, GeoNames' cities of 15,000 or more, so
that "she" after "an agent in La Cañada Flintridge" is not the town), a capitalised office of a
place is the person holding it ("the Bishop of Truro", "the Mayor of London"), a body's listed
remit before its head ("the Culture, Sports and Tourism Bureau") and after a minister's "for"
("Minister for Agriculture, Food and the Marine"), a country of two words ending a body's name
("Fisheries New Zealand"), where a body is based or listed is no part of its name ("Oslo-listed
Nordkyn Shipping"), "according to him", a report that goes on after a quoted fragment without its
subject ("was \"long overdue\" and would finally ..."), "said A, but that B" as one report, a
second speaker's report after ", and" ("and its chairman, Talgat Abenov, said"), a shared surname
as the person named in full just before, an unnamed person named with where they are ("Western
diplomat in Kyiv", as the later batches annotate; older ones named the role alone). Two more
blind batches, dev100 and dev101 (Kazinform, Globes, EconomyNext, Inside Higher Ed, Trend,
Bernama, The Athletic, Agência Brasil), arrived late in the session: first looks 111 of 141
(78.7%), after tuning 122 (86.5%); what they added: "Provost", "of the opposition", a body's
press service speaking as the body, "(MPF) in Santa Catarina", "Corporation", an outlet a source
"told" never being "the company". Held out: `test27` to `test32`, written during the session by
helpers told to describe nothing and never read, were scored once after the main round of tuning
(369 of 414, 89.1%) and again at the end, after dev-only tuning on dev92 to dev101 with no
decision taken from the first score: 372 (89.9%; the session's starting code scores 358,
86.5%). `test33` and `test34`, written late in the session, scored once at its end: 119 of 137
(86.9%; starting code 114). The older ones at the end: `test` to `test13` 869 of 952 (91.3%, from
860); `test14` to `test18` 315 of 357 (88.2%, from 311); `test19` to `test26` 477 of 537 (88.8%,
from 478). All thirty-four held-out batches: 2,152 of 2,397 (89.8%; the starting code 2,121,
88.5%). Tuning moved new unseen text by two to three points and the older held-out batches by
about one; the 95% goal is still not met on text nobody tuned for, and each new batch (dev100
and dev101 most of all) still brings shapes the rules have not met.

The tenth session scored sixteen blind batches in two rounds, each on arrival. dev102 to dev109
(Nunatsiaq News, Detroit Free Press, The Echo, Daily Trust, Havana Times, Press Gazette, Calgary
Herald, Lesotho Times, SABC News, Honolulu Star-Advertiser, The Bookseller, Trinidad Guardian,
The Star (Kenya), KentOnline, KFF Health News, The Rio Times, The Sofia Globe, InDaily, Business
Recorder, Saudi Gazette, Kun.uz, Luxembourg Times, Kuensel, Newcastle Herald, Tehran Times, Sixth
Tone, Business Standard, Solomon Star, Al-Monitor, The Connexion, Taiwan News, The Courier-Mail):
first looks 494 of 572 (86.4%; 81.9-88.4% per batch), 528 (92.3%) at the end. dev110 to dev117
(CTV News, HSJ, The Salt Lake Tribune, Lusaka Times, Channels Television, Sportsnet, The Arizona
Republic, Shropshire Star, The Southern Star, ZimLive, Chicago Sun-Times, Dominican Today, Buenos
Aires Herald, KickOff, Computer Weekly, Amandala, Novinite, CNA, Wanted in Rome, ScienceNordic,
Middle East Eye, Free Malaysia Today, The Olive Press, Illawarra Mercury, Tuoi Tre News, Greek
Reporter, NDTV Sports, The Gisborne Herald, The Hankyoreh, RTL Today, Inside World Football, Gulf
Daily News): first looks 472 of 539 (87.6%; 80.3-91.9%), 502 (93.1%) at the end. What it added:
a mission named with where it is ("the embassy" after "the Russian Embassy in Oslo", "the Russian
Consulate General in Da Nang"), names joined by "&" ("Procter & Gamble"), a union's numbered
local ("UNITE HERE Local 11"), letters after a barrister's name, "Det Gda", "Mme", "the TASS news
agency", "members of" a named body as the body, a body described and then named in apposition
("The financial regulator, the CSSF, ..."), a chapter or branch in apposition as its body,
"Fondation du patrimoine", "Ecologistas en Accion", "St Petersburg-based", "the opposition SYRIZA
party", "a Kent Town woman who ..., and asked not to be named, said", "known only as Mdm Tan",
"they" for a person who uses they/them, "the statement read" as its issuer's, every country's
demonym as the person just named ("the 51-year-old Serbian"), a headline opened by "Name:", and
no reported speech taken from a headline (the annotators never mark it: dev false alarms 100 to
90). Held out, at the end (the session's starting code in brackets): `test43` to `test46`,
written late in the session by a helper told to describe nothing, never read, scored once: 227
of 272 (83.5%; 227). `test35` to `test42`, written early in the session, scored once after the
first round of tuning (487 of 562, the same as the starting code; no decision was taken from
it) and again at the end: 490 (87.2%; 487). The older ones: `test` to `test13` 869 of 952
(869); `test14` to `test18` 319 of 357 (315); `test19` to `test26` 479 of 537 (477); `test27`
to `test32` 373 of 414 (372); `test33` and `test34` 120 of 137 (119). All forty-six held-out
batches: 2,877 of 3,231 (89.0%; 2,866, 88.7%). Two more rounds of blind batches arrived after
the last rule, and were scored once with the final code: dev118 to dev125 (Sudan Tribune, Oxford
Mail, Global News, The Sacramento Bee, Newstalk, Malawi24, The Dallas Morning News, Edmonton
Journal, The Brazilian Report, Derry Journal, Citi Newsroom, San Francisco Chronicle, Club of
Mozambique, Manx Radio, The Guardian (Nigeria), Antigua Observer, The Irrawaddy, Jiji Press, NT
News, Oman Observer, TASS, Thai PBS World, Vanuatu Daily Post, Arabian Business, Kurdistan24, Te
Ao Māori News, The Himalayan Times, Romania Insider, Daryo, The Border Mail, Science|Business,
Egypt Independent): 452 of 501 (90.2%; the starting code 449); held-out `test47` to `test50`:
243 of 265 (91.7%; the starting code 243). All fifty held-out batches: 3,120 of 3,496 (89.2%;
3,109, 88.9%). Tuning on sixteen batches lifted them by five to six points and new text by
about a third of a point: the rules fixed shapes the new dev batches had and the held-out
articles mostly do not. New batches land at 83-92% depending on how their prose runs; 95% is
not met on prose nobody tuned for.

The eleventh session scored dev126 to dev133 on arrival (The Hill Times, Sowetan, Pig World,
Limerick Leader, Saskatoon StarPhoenix, Louisville Courier Journal, Estates Gazette, Awoko, The
Northern Miner, New Era, Lancashire Telegraph, Kilkenny People, FrontPage Africa, Portland Press
Herald, Marketing Week, TheCable, Radio Sweden, Borneo Bulletin, Townsville Bulletin, MEED,
Agerpres, New Straits Times, Nelson Mail, BusinessWorld, Gulf Business, The Slovenia Times,
Antara, Crikey, newsinenglish.no, Daily FT, Talamua Online, Kafkadesk): 429 of 523 (82.0%; the
starting code the same), 447 (85.5%) at the end. It checked its rules less on the dev batches
than on lists written for the purpose (`tests/test_speaker_shapes.py`: 82 ordinary speaker
shapes, 94 real names of bodies and people from many naming traditions), and fixed shapes that
failed even alone: agency names with "and" on either side of the cue ("said US Customs and Border
Protection"), patronymics ("Abdul Ghani bin Haji Osman"), "Juan dela Cruz", an apposition naming
a role in lower case ("Luis Tan, research head at Regina Capital, said"), "X in a statement
said", a fragment further on in what "According to X," reports, "the company" never meaning a
group of analysts, "the review found", reporting verbs of West African and South Asian papers
(disclosed, affirmed, revealed), "Rs.", an age in brackets, a "she" never someone named
paragraphs later, headline fragments after "quits" or "drops", and a cue's form after "the"
being a noun ("the brand is 'disappointed'"). These moved the older dev batches too (dev..dev59
4,207 of 4,350, from 4,204; dev60-91 2,071, from 2,063; dev92-125 2,112, from 2,107). Held out
(the starting code in brackets): `test51` to `test58`, written early in the session by helpers
told to describe nothing, never read, scored once at its end: 481 of 534 (90.1%; 481). The older
ones: `test` to `test13` 869 (869); `test14` to `test18` 319 (319); `test19` to `test26` 480
(479); `test27` to `test32` 375 (373); `test33` and `test34` 121 (120); `test35` to `test42` 491
(490); `test43` to `test46` 227 (227); `test47` to `test50` 243 (243). All fifty-eight held-out
batches: 3,606 of 4,030 (89.5%; 3,601). Two more rounds of blind batches were written after the
last rule and scored once with the final code: dev134 to dev141 (Bulawayo24, Utility Week, The
Clare Champion, APTN National News, UK Defence Journal, Citizen Digital, The Santiago Times,
Harrogate Advertiser, Times of Zambia, Sporting Life, Des Moines Register, Guyana Chronicle,
Regina Leader-Post, KT Press, Kerrang!, Cambridge News, Xinhua, Beef Central, The Southland Times,
Expats.cz, The Budapest Times, Philippine News Agency, Mumbrella, The Cairns Post, Tasnim News
Agency, Gold Coast Bulletin, interest.co.nz, Mizzima, Portugal Resident, Israel Hayom, Coconuts
Bali, Daily Sun): 475 of 531 (89.5%; the starting code 475); held-out `test59` to `test66`: 467
of 525 (89.0%; the starting code 467). All sixty-six held-out batches: 4,073 of 4,555 (89.4%;
4,068). On the 1,590 entries of text written this session and not tuned on, the session's rules
changed nothing: unseen text stays at about 89-90%. The general shapes now pass, and what is left
is a long tail of sentences each article writes its own way; rules written one shape at a time,
whether from dev batches or from lists, no longer move it.

The twelfth session took sixteen new blind dev batches (dev142 to dev157, 1,051 entries: 907
right at first look, 86.3%; 952 at the end) and fixed only shapes that failed alone in
one sentence, each checked against written lists as well: bodies' heads no one is called
(Orchestra, Infirmary, Airport, Laboratory; 93 of 181 failed in "Argonne National X said"),
surnames that are words ("Anne Power", "Dean Whitfield", "Emmanuel Sunday", "Bishop said"; 15 of
444 failed), remits listed before a body's head ("the Vietnam Leather, Footwear and Handbag
Association") or before a relative clause, roles of several words before a name ("Maritime
security analyst Inês Valadares"), hyphenated titles ("its vice-president, Daniel Thériault,"),
"according to figures from X", "told the legislature ...", "said from the bench that", a report
before its attribution with the circumstances after it, initials shared by two bodies, a title-case
headline's words taken for a first name. The older dev batches moved a little (dev..dev59 4,210,
from 4,207; dev60-91 2,078, from 2,071; dev92-125 2,116, from 2,112; dev126-141 929, from 922).
Held out, scored once at the end with the starting code in brackets: `test67` to `test82`,
written at the session's start by helpers told to describe nothing, 952 of 1,055 (90.2%; 947);
`test83` to `test90`, written in its second half, 512 of 589 (86.9%; 511); `test` to `test66`
4,096 of 4,555 (89.9%; 4,073). All ninety held-out batches: 5,560 of 6,199 (89.7%; 5,531). On the
1,644 entries of new text the rules gained six: again, unseen text stays near 89-90%.

The thirteenth session took thirty-two new blind dev batches (dev158 to dev173, 1,088 entries:
963 right at first look, 88.5%, the same as the session's starting code; 994 at the end) and
fixed shapes found in them and in older dev batches, each with a test: a body's description
speaking right after the body ("according to Transport Canada. In a statement, the department
said"), names ending in a country of two words as bodies ("Health New Zealand"), a title with
its remit after a capitalised word ("Deputy Oil Minister for Upstream Affairs Karim Hattab",
"People's Party MP for Bangkok"), a two-part portfolio ("Investment and Downstreaming Minister"),
Burmese, Sikh and Setswana names and styles ("U Tun Tun Win", "Harjinder Singh Sandhu", "Mma"),
"Madam" and "PRO", a dateline of place and date, a participle naming the report ("said in its
annual report published on Thursday"), a headline's quoted words given to whoever says them in
the body, pronouns (the person who spoke by name in the sentence before; a sentence opened by the
same pronoun; not a place inside another's title chain), "One" before a role marking someone
new, a reported clause opening with a phrase of time after "that", a description headed by its
role before a preposition, chains of appositions opening with a role, more countries of several
words, writings speaking for their author ("the RFL's guidelines say"). The older dev batches
moved a little (dev..dev59 4,213, from 4,210; dev60-91 2,082, from 2,078; dev92-125 2,125, from
2,116; dev126-141 933, from 929; dev142-157 967, from 952). Held out, scored once at the end with
the starting code in brackets: `test91` to `test106`, written at the session's start by helpers
told to describe nothing, 982 of 1,089 (90.2%; 979); `test107` to `test114`, written in its
second half, 506 of 559 (90.5%; 501); `test` to `test90` 5,574 of 6,199 (89.9%; 5,560). All 114
held-out batches: 7,062 of 7,847 (90.0%; 7,040). On the 1,648 entries of new text the rules
gained eight (0.5 points). A second, blind annotation of dev150 to dev157 (below, "Two
annotators") agrees with the gold on 99.2% of speakers, so the gap to 95% is the analysis's.

The fourteenth session took sixteen new blind dev batches in two rounds: dev174 to dev181 (492
entries; 438 right on arrival with the session's starting code, 89.0%; 466 at the end) and
dev182 to dev189 (520 entries; 472 right on arrival after ten rules, 90.8%, where the starting
code gets 466; 495 at the end). It fixed shapes found there, each with a test: asides in
brackets after a name ("(pictured)", "(Ottawa-Vanier, Ont.)", a party after a title-and-name
apposition), "tells" and "writes" in the present, co-operatives, consulates and delegations as
bodies, a role "familiar with" something named with what they know, a lower-case role and name
after a description, "the Dayton, Ohio-based grocer said", regions ("North Pyongan Province")
that are no person, a section heading and a photo credit that name no body, a minister
introduced with a listed portfolio, a person after a body in apposition to an opening place,
the body before its officer's title ("Sahel Airways Chief Executive Officer ..."), police ranks
in capitals, a nickname given as the name, "Foreign Affairs Minister" as no name, groups placed
by a participle ("Miners operating near Eteringbang"), communiqués and notes speaking for their
issuer, "she" after a quote told to a named judge, a business-noun title on a person who says
"she", observing and reiterating as reporting participles, "while" and a participle, "Sri" kept
in names, asides after "According to X,", "According to her", listeners of two words and
reported clauses in the present, a report before "told" and its listener, a document signed by
a titled person, and a shared Korean family name. The older dev batches moved a little (dev..dev59 4,213, as before; dev60-91
2,085, from 2,082; dev92-125 2,127, from 2,125; dev126-141 936, from 933; dev142-157 972, from
967; dev158-173 997, from 994). Held out, scored once at the end with the starting code in
brackets: `test115` to `test122`, written at the session's start, 513 of 548 (93.6%; 512);
`test123` to `test130`, written during it, 480 of 536 (89.6%; 479); `test` to `test114` 7,088
of 7,847 (90.3%; 7,062). All 130 held-out batches: 8,081 of 8,931 (90.5%; 8,053). On the 1,084
entries of new text the rules gained two; the dev batches the rules never saw (dev182 to dev189
on arrival) gained six of 520. Rule work keeps fixing real shapes but no longer moves unseen
text by more than a fraction of a point.

The fifteenth session took twelve new blind dev batches in three rounds: dev190 to dev193 (257
entries; 225 right on arrival after three rules, 87.5%, as many as the starting code), dev194 to
dev197 (263; 234 after four rules, the starting code 233) and dev198 to dev201 (283; 248 after
nineteen rules, the starting code 247). It fixed shapes found there, each with a test: a group
named by its place ("Residents of Ditsi say"; a described place, "in the Fennel Street area",
still goes to the affiliation), a name inside the phrase's last noun phrase ("the Port Sudan
fish market"), "daily" and "weekly" as nouns, a dateline dash typed as two hyphens, bylines as
a paragraph role of their own (boilerplate, and never taken for "the company" or "the union"),
"the company" never resolved to a person's name, a country or town, a street, days of the week
or a publication, a headline's subject before "to <verb> ..., cites", unions named without
"trade union", two titles joined by "and" before a name, "of the weather office" after a name,
a whole name after a portfolio of two words, a bracketed name with particles as an aside, a
reported clause whose subject runs to six words, "said A and remained "..."", a report in a
relative clause ending before the main verb, "said this week", "..., district officials said",
what a body is said before its name ("Environmental NGO Reef Watch Maldives"), a leaning before
"coalition", and where a named person spoke after an inverted cue. The older dev batches moved
a little (dev..dev59 4,216, from 4,213; dev60-91 2,094, from 2,085; dev92-125 2,131, from 2,127;
dev126-141 938, from 936; dev142-157 974, from 972; dev158-173 1,003, from 997; dev174-189 965,
from 961). Held out, with the starting code in brackets (sums over batches only, computed once
midway through the session and once at its end; no rule was changed because of them):
`test131` to `test138`, written at the session's start, 523 of 558 (93.7%; 519); `test139` to
`test142`, written during it, 255 of 264 (96.6%; 253); `test` to `test130` 8,115 of 8,931
(90.9%; 8,081). All 142 held-out batches: 8,893 of 9,753 (91.2%; 8,853). On the 822 entries of
new text the rules gained six; the dev batches they never saw (dev198 to dev201 on arrival)
gained one of 283.

The sixteenth session took eight new blind dev batches in one round, scored on arrival after
its first rule (which did not change them): dev202 to dev205 (261 entries; 234 right, 89.7%) and
dev206 to dev209 (256; 245, 95.7%; the starting code 244). It fixed shapes found there and in
older dev batches, each with a test: "the company" as a one-word body that opens the last
sentence and that the article names inside sentences elsewhere ("Kudipay confirmed ... In a
statement, the company said"), as the owner of what went wrong ("an update to Zinto Pay's
switch"), never a body named once in the last sentence over one that has spoken, never Black
Friday or a hurricane, and as a name that only speaks ("Arazati Celulosa said"); bodies' names
opening with a capital outside A-Z ("Ħamrun Spartans"); a chairman or spokesman with a woman's
given name read as "she"; "One of the rescued workers (, a 23-year-old ...,) said"; a conjunction
opening a sentence never a first name ("But Pennings"); "according to the union's accounts";
"according to data from the country's grid operator, the Coordinador Eléctrico Nacional";
"A notice posted on the factory gate said"; "Welfare" in bodies' names; "Hon." as a title; a
capitalised reporting verb as a surname ('"...," Brand said'); quoted fragments inside reported
clauses ("said A, while B was happening "right now""; 'could be shipped "within weeks" once ...,
he said'; "The notice, carried by the state newspaper, said"); "X, in a statement signed by its
Director of Information, Mr Y, on Monday, said"; "according to its latest accounts"; "A PG&E
lineman working in Sonoma County said"; a body's native name in brackets before a town. One change
follows the annotation guideline against the oldest gold: a group keeps the place or description
the phrase gives it ("Fans outside the FRU headquarters", "Residents in the Fennel Street area"),
as every dev batch since about dev90 annotates it; the batches before that list the head noun
("residents") and lose 19 entries by it, the later ones gain 16. All dev batches: 13,584 of
14,374 at the end, the starting code 13,531 (dev..dev89 6,166 of 6,425, starting code 6,182;
dev90-dev201 6,923 of 7,432, from 6,871; dev202-dev209 495 of 517, from 478). Held out, with the
starting code in brackets (sums over batches only, computed once at the session's end; no rule
was changed because of them): `test143` to `test150`, written at the session's start, 475 of
523 (90.8%; 469); `test` to `test142` 8,912 of 9,753 (91.4%; 8,893). All 150 held-out batches:
9,387 of 10,276 (91.3%; 9,362). On the 523 entries of new text the rules gained six.

The seventeenth session took eight new blind dev batches in one round, scored on arrival with
the starting code: dev210 to dev213 (269 entries; 244 right, 90.7%) and dev214 to dev217 (247;
228, 92.3%). One of them made `analyse()` raise IndexError ("The FAS said Brenner's assistant,
Hafiz Nor, would ...": a speaker phrase read past the start of the tokens), fixed first, with a
test; every paragraph of every article, alone and under its headline, has since been analysed
without an error, and so have about 120,000 perturbed copies of dev articles (truncated, quote
marks dropped or added, windows re-cased) once two more exceptions they raised were fixed (a
participle where the text stops, "..., adding that"; a capital merged into its country after the
country had merged elsewhere). Its rules, each with a test: a centre named before "at" and its university
("the Institute for Fiscal Studies at Oxford University"); "Producer Rui Faria"; "a manager of an
estate in the Hatton area"; circumstances before "that" with a noun that is also a verb ("said
on the same call that") or "after the"; "that on peak days more than 9,000 people had climbed";
"said in a statement released late on Thursday"; a listed remit with a two-word item ("Ministry
of Agriculture, Animal Industry and Fisheries"); "Consultancy Meridian Energy Insights"; one
word after a comma as a list item, not the person who "welcomed ... but said"; "One partner"
as an unnamed holder of a role, so that "the partner" is not the managing partner named before;
a hyphenated title before its portfolio ("Government Councillor-Minister for Urban Development
Laurent Orecchia"); "Bev Steel, chair of the supporters' trust" as a person; "Russian Consul
General in Erbil Dmitry Kalinin"; "Morowali District Head Rachmansyah"; "the Cabinet" as a body;
"In Miami, the Lakay Supporters Club, which ..., said"; "The Bombay High Court on Wednesday came
down heavily on ..., observing that"; "what is often called the "postcode lottery"" as a scare
quote. All dev batches: 14,084 of 14,890 at the end, the starting code 14,056 (dev..dev89 6,167
of 6,425, from 6,166; dev90-dev201 6,941 of 7,432, from 6,923; dev202-dev209 495 of 517,
unchanged; dev210-dev217 481 of 516, from 472). Held out, with the starting code in brackets
(sums over batches only, computed once at the session's start and once at its end; no rule was
changed because of them): `test151` to `test158`, written during the session, 531 of 571 (93.0%;
529); `test` to `test150` 9,394 of 10,276 (91.4%; 9,387). All 158 held-out batches: 9,925 of
10,847 (91.5%; 9,916). On the 571 entries of new text the rules gained two.

The eighteenth session took eight new blind dev batches in one round, scored on arrival with
the starting code: dev218 to dev221 (257 entries; 231 right, 89.9%) and dev222 to dev225 (243;
222, 91.4%). Its rules, each with a test that fails on the starting code: a body's name with a
listed part and several words after "and" ("Ministry of Electricity, Water and Renewable
Energy"); Spanish "y" inside a name ("Empresa de Acueducto y Alcantarillado de Bogotá"); "the
company" for a name joined by del, do, da or y ("Agroindustrial Piñas del Norte"); a party
named with "and" after a person ("Zbigniew Kmiecik of Law and Justice"); "Pakistani expat Imran
Qureshi"; "an offer their union described as"; "One resident of West Bay Road"; dotted legal
forms ("Gafat Brewery S.C."); "Save the Vaal Environment"; '"...," Sunday said' for Emmanuel
Sunday; an aside opened by "near" between the speaker and the verb; "Kuia" and "Afioga" as
honorifics; a club is not its supporters' trust, nor a university its students' association;
"the police" not completed from "Chief police inspector"; "Bar and restaurant owners"; "Body"
ending a body's name. A helper working on quotes missed or invented (dev only) added: "but"
after a quoted fragment opening a reported clause; "who said" with no comma; "told supermarket
chains this week"; "said in a filing with the Securities and Exchange Commission"; "blaming",
"citing" and the like after a comma report nothing without a clause; "X says" in a standfirst
is dropped, as the annotation guideline asks; "according to" any capitalised source; a long description after "said
Name," ending the sentence; "U.S. and Lithuanian officials said"; a scare quote inside the
subject's relative clause. Dev found 15,409 spans at the start and 15,377 at the end, matched
15,215 and 15,240. All dev batches: 14,588 of 15,390 at the end, the starting code 14,537
(dev..dev89 6,175 of 6,425, from 6,167; dev90-dev201 6,962 of 7,432, from 6,941; dev202-dev209
497 of 517, from 495; dev210-dev217 485 of 516, from 481; dev218-dev225 469 of 500, from 453).
Held out, with the starting code in brackets (sums over batches only, computed once at the
session's start and once at its end; no rule was changed because of them): `test159` to
`test166`, written during the session, 466 of 511 (91.2%; 461); `test` to `test158` 9,936 of
10,847 (91.6%; 9,925). All 166 held-out batches: 10,402 of 11,358 (91.6%; 10,386); quotes
missed 121 (132), spans found 11,360 (11,376). On the 511 entries of new text the rules gained
five.

The nineteenth session took eight new blind dev batches in one round, scored on arrival with
the starting code: dev226 to dev229 (261 entries; 239 right, 91.6%) and dev230 to dev233 (271;
256, 94.5%). Its rules, each with a test that fails on the starting code: "the company" is not
a place or a mine the article names before a site word ("the Bellambi Heights colliery", "its
Kgomo shaft"), nor a nationality ("Russian gold major Polyus"); residents of a numbered zone are
the people ("Residents of Sebokeng Zone 12"); "and nearby Leporiang" and "on the Stradun" stay
in a group's places; "A distributor in Adama" is the business where it is, not a person called
Adama; a group's opening modifiers stay with it ("Motorcycle taxi drivers", "Local business
owners", "..., migrant rights groups said"); a body's remit joined by "and" before a verb other
than "said" ("The National Institute of Anthropology and History has suspended ..., saying");
a one-word name after a description ending in a kind of body is that body ("Russia's consumer
rights watchdog Rospotrebnadzor"); "Ofsted's report said"; a report "tabled in Parliament"
speaks for its author, and "lodged by X" names it; "In a letter to Orkney Islands Council, the
Westray and Papa Westray Community Council said"; "za" as a name particle; "who gave his name
as Abu Saad"; "Pharmacists" are not all the "doctors and pharmacists"; "indicated that"; "the
WHO" is not "who"; "Will said" is Marion Will; the ʻokina in "ʻAna Vake". A helper working on
quotes missed or invented (dev only) added: a subject after an opening "But"; the "that" of a
report up to 15 words after its circumstances or listener; a report before a source of
lower-case nouns; the body after "by" in "according to figures released by X"; speech acts
that report nothing ("complained about", "described X" without "as", "warned jurors not
to"); quoted words after "according to X,"; an aside before "that"; a standfirst with no full
stop; "said nothing had been decided"; "(Bloomberg) --" as a dateline. Dev found 15,909 spans
at the start (all 233 batches) and 15,917 at the end, matched 15,766 and 15,794. All dev
batches: 15,139 of 15,922 at the end, the starting code 15,083 (dev..dev89 6,185 of 6,425, from
6,175; dev90-dev201 6,989 of 7,432, from 6,962; dev202-dev209 497 of 517, unchanged;
dev210-dev217 486 of 516, from 485; dev218-dev225 473 of 500, from 469; dev226-dev233 509 of 532,
from 495). Held out, with the starting code in brackets (sums over batches only, computed once
at the session's start and once at its end; no rule was changed because of them): `test167` to
`test174`, written during the session, 463 of 507 (91.3%; 463); `test` to `test166` 10,410 of
11,358 (91.7%; 10,402). All 174 held-out batches: 10,873 of 11,865 (91.6%; 10,865); quotes
missed 126 (130), spans found 11,859 (11,864). On the 507 entries of new text the rules gained
nothing.

The twentieth session took eight new blind dev batches in one round, scored on arrival with the
starting code: dev234 to dev237 (272 entries; 251 right, 92.3%) and dev238 to dev241 (289; 265,
91.7%). Its rules, each with a test that fails on the starting code: "WUC's Kweneng area
manager, Onalenna Dikgang, apologised and said" (a place before the title, the name after it);
"Friends of the Earth" and "campaign group Friends of Castle Street Viaduct" are bodies;
"chief operating officer"; "Martin Kask of the Institute for Peace and Security"; "The Hatay
branch of the Chamber of Civil Engineers" speaks as the branch (the dev gold keeps the branch
eight times and drops it three); "The communities of A, B and C say"; "Justice Nor Hayati
Ismail"; a time of day after the date ("Fans outside the stadium on Tuesday night said", which
was no quote at all); "criticism from reindeer herding cooperatives, which say"; "the
determination said" and "according to the FA's disciplinary code" speak for their issuer, and
"according to the ruling" for the last court named; a body past its initials opens a sentence
("The Centre for Independent Journalism (CIJ) condemned what it called ..."); "For Abicom's
president, Sérgio Vasconcelos, the shift is "purely a matter of price."" (attribution "frame",
confidence low); "according to nurses who say the unit has been "in crisis""; an outlet in the
byline that also heard someone ("told Macau Business") is not "the company". A helper working
on quotes missed or invented (dev only) added: a subject and an aside about it before the verb
("X, whose ministry ..., said A"); "said A but hoped ..." reports A on its own; content before
"told the Labour Affairs Bureau (DSAL) on Wednesday" and before a body's initials; "according
to figures the alliance filed". Dev found 16,482 spans at the start (all 241 batches) and
16,493 at the end, matched 16,351 and 16,366. All dev batches: 15,703 of 16,483 at the end, the
starting code 15,655 (dev..dev89 6,198 of 6,425, from 6,185; dev90-dev201 7,002 of 7,432, from
6,989; dev202-dev209 497 of 517, unchanged; dev210-dev217 485 of 516, from 486; dev218-dev225
475 of 500, from 473; dev226-dev233 516 of 532, from 509; dev234-dev241 530 of 561, from 516).
Held out, with the starting code in brackets (sums over batches only, computed once at the
session's start and once at its end; no rule was changed because of them): `test175` to
`test182`, written during the session, 508 of 549 (92.5%; 508); `test` to `test174` 10,882 of
11,865 (91.7%; 10,873). All 182 held-out batches: 11,390 of 12,414 (91.8%; 11,381); quotes
missed 126 (131), spans found 12,413 (12,408). On the 549 entries of new text the rules gained
nothing.

The twenty-first session took eight new blind dev batches in one round, scored on arrival with
the starting code: dev242 to dev245 (261 entries; 245 right, 93.9%) and dev246 to dev249 (259;
238, 91.9%). Its rules, each with a test that fails on the starting code but one guard: an
unnamed body the article introduces ("One womenswear supplier, who asked not to be named, said")
is what a later "the supplier" means, not the one named company; "Another union, the liberal
ACLVB-CGSLB, did not join the strike but said" speaks as the named union; "the education and
science ministry"; "Small-scale fishermen"; "the Albanian Red Cross" is a body; "according to
WARN notices the company filed"; "the centrepiece of what the city calls" stops at "what"; a
headline's "..., Union Says" names no body; "the Port of Aktau" and "Qatar Rail" are bodies; "in
Brisbane's western suburbs"; "Opposition spokesman on health Mark Jordan"; a year in a title-
cased headline; "'We Were Robbed': Rovers Fans Fume As ..." is the fans'; a "he said" after a
quote of several sentences looks before the quote ("One East Yorkshire producer, who ... said
... '...?' he said"), a business noun with "who" after it is a person, and one who asked does
not answer; "Minority Leader in the THA Kelvon Daniel"; "after Cornwall Council adopted what it
calls"; "St Kitts and Nevis launched" is no person; "the Minister" is the Assistant Minister
when no other is named. A helper working on quotes missed or invented (dev only) added seven
reported-speech rules (a participle that is no report does not end the reported clause;
"maintains", "conceded", "explained" and "suggested" report only a clause; "the final say";
"denied allegations of" but not "denied bail"; and others). Dev found 17,014 spans at the start
(all 249 batches) and 16,995 at the end, matched 16,880 and 16,883. All dev batches: 16,228 of
17,003 at the end, the starting code 16,186 (dev..dev89 6,198 of 6,425, unchanged; dev90-dev201
7,017 of 7,432, from 7,002; dev202-dev209 498 of 517, from 497; dev210-dev217 487 of 516, from
485; dev218-dev225 478 of 500, from 475; dev226-dev233 520 of 532, from 516; dev234-dev241 532
of 561, from 530; dev242-dev249 498 of 520, from 483). Held out, with the starting code in
brackets (sums over batches only, computed once at the session's start and once at its end; no
rule was changed because of them): `test183` to `test190`, written during the session, 454 of
489 (92.8%; 454); `test` to `test182` 11,395 of 12,414 (91.8%; 11,390). All 190 held-out
batches: 11,849 of 12,903 (91.8%; 11,844); quotes missed 129 (131). On the 489 entries of new
text the rules gained nothing.
"""


def report() -> str:
    scores = eval_quotes.evaluate()
    quotes = eval_quotes.markdown(scores)
    confidence = eval_quotes.confidence_markdown(scores)
    actors = eval_quotes.actors_markdown(scores)
    sentiment = eval_sentiment.markdown_table(eval_sentiment.evaluate())
    stances = seed_stances()
    return "\n".join([
        "# Evaluation",
        "",
        "Written by `make evaluate` (`python -m newsquotes.evaluate`); numbers from the last run.",
        "",
        "## Quotes and speakers",
        "",
        "Hand-annotated articles under `data/eval/` (guidelines in `data/eval/README.md`): the seed "
        "and articles written for the purpose in AP, British, Reuters, Guardian and magazine "
        "styles. A found quote matches a gold one when their spans overlap by half their combined "
        "length (Dice >= 0.5); *attribution* is the share of gold quotes found **and** given to "
        "the right speaker (end to end). The `dev*` folders were used to tune the rules, batch by "
        "batch; `test` to `test7` were never looked at, only scored: their rows are the "
        "honest figures for articles nobody here has seen.",
        "",
        quotes,
        _HISTORY,
        "### How far to trust a speaker",
        "",
        "`quotes.confidence` says how the speaker was reached: *high* when a reporting verb or "
        "colon sits beside a name (\"..., Churkin said\"), *medium* through a pronoun, a quote it "
        "continues or a named group, *low* through a description (\"the company said\") or a "
        "neighbouring paragraph. Share of matched quotes with the right speaker at each level "
        "(the levels were set by reasoning before these figures were computed, not fitted to "
        "them):",
        "",
        confidence,
        "### Where the speakers go wrong",
        "",
        "Every gold entry not found and rightly attributed, by what went wrong (counts only, "
        "so that the held-out articles are never read row by row). A shorter or longer form of "
        "the speaker's name is sometimes one a second annotator would accept: on the 32 "
        "articles annotated twice (below), 13 of the analysis's 54 wrong entries:",
        "",
        eval_quotes.errors_markdown(scores),
        "### Two annotators",
        "",
        "How far the gold itself can be trusted. A second annotator (a helper of the same kind as "
        "the writers of the gold, told to read nothing of the first annotation) annotated the 32 "
        "articles of `dev150` to `dev157` again from the guidelines alone (`data/agreement/`). "
        "Both annotators follow the same written guidelines, so this measures how consistently "
        "the guidelines are applied, not a ceiling set by people reading news differently:",
        "",
        eval_agreement.markdown(eval_agreement.evaluate()),
        "### One actor, one row",
        "",
        "Voice per actor is only right if all of a speaker's quotes land on one row of the "
        "actors table. The scores above accept any of a speaker's names (\"CMA\" for the "
        "Competition and Markets Authority), so they cannot see a speaker split over two rows; "
        "this table counts, for each gold speaker with at least one quote rightly given, whether "
        "those quotes went to one row:",
        "",
        actors,
        "## Stance toward a target (NewsMTSC)",
        "",
        "Target-dependent polarity on the NewsMTSC test splits (3 classes); the model was trained "
        "on `train.jsonl` and selected on the dev splits only (see `docs/method.md`).",
        "",
        sentiment,
        "## Actor stance on the annotated articles",
        "",
        "Sign agreement between the gold stance of each quoted actor (-1, 0, +1) and the measured "
        "one (neutral within ±0.15). In all, counting too the actors the annotators judged silent "
        "on the target (whom the analysis should leave without a stance):",
        "",
        stance_summary_table(stances),
        "By batch, over actors that the analysis gives a stance:",
        "",
        stance_sign_table(stances),
        "On the seed article:",
        "",
        seed_table(stances),
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsquotes.evaluate",
                                     description="All accuracy figures: quotes, speakers, stance.")
    parser.add_argument("--write", metavar="FILE", help="also write the Markdown to FILE")
    args = parser.parse_args(argv)
    text = report()
    print(text)
    if args.write:
        Path(args.write).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
