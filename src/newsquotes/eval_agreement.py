"""Agreement between two annotators of the same articles, and the analysis against each.

`data/agreement/` holds a second, blind annotation of dev150 to dev157 (32 articles). It says
how far the gold itself can be trusted: where two annotators following the same guidelines part,
a score against one of them is partly a score of that annotator's choices. Quotes match as in
`eval_quotes` (spans overlapping by half their combined length); two speakers agree when either
annotator's names for one accept the other's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from . import eval_quotes
from .analysis import analyse
from .article import read_article

AGREEMENT_DIR = eval_quotes.ROOT / "data" / "agreement"


@dataclass
class Agreement:
    articles: int = 0
    first: int = 0  # gold entries of the first annotator (the data/eval gold)
    second: int = 0  # entries of the second annotator
    spans: int = 0  # entries of both that match
    speakers: int = 0  # matched entries whose speakers agree
    analysis_first: int = 0  # first annotator's entries the analysis finds and attributes rightly
    analysis_either: int = 0  # ... rightly by the first's names or, where both agree, the second's
    stances: dict[tuple, int] = field(default_factory=dict)  # (first, second) -> actors


def _matches(a: list[dict], b: list[dict]) -> dict[int, int]:
    return dict(eval_quotes.match_spans([(x["start"], x["end"]) for x in a],
                                        [(y["start"], y["end"]) for y in b]))


def _same(x: str | None, y: str | None, names_x: dict, names_y: dict) -> bool:
    if x is None or y is None:
        return x is None and y is None
    return eval_quotes.accepted(y, names_x.get(x, {eval_quotes._norm(x)})) \
        or eval_quotes.accepted(x, names_y.get(y, {eval_quotes._norm(y)}))


def evaluate(agreement_dir: Path = AGREEMENT_DIR) -> Agreement:
    result = Agreement()
    for second_path in sorted(agreement_dir.glob("*/*.gold.json")):
        first = json.loads((eval_quotes.EVAL_DIR / second_path.parent.name /
                            second_path.name).read_text(encoding="utf-8"))
        second = json.loads(second_path.read_text(encoding="utf-8"))
        names_1, names_2 = eval_quotes._names(first), eval_quotes._names(second)
        q1, q2 = first["quotes"], second["quotes"]
        found = [{"start": r.start, "end": r.end, "speaker": r.speaker} for r in analyse(
            read_article(eval_quotes.ROOT / first["article"]),
            first.get("target", "Russia")).quotes.itertuples()]
        both, by_analysis = _matches(q1, q2), _matches(q1, found)
        result.articles += 1
        result.first += len(q1)
        result.second += len(q2)
        result.spans += len(both)
        result.speakers += sum(_same(q1[i]["speaker"], q2[j]["speaker"], names_1, names_2)
                               for i, j in both.items())
        for i, j in by_analysis.items():
            said = found[j]["speaker"]
            right = _same(q1[i]["speaker"], said, names_1, {})
            agreed = i in both and _same(q1[i]["speaker"], q2[both[i]]["speaker"], names_1,
                                         names_2)
            result.analysis_first += right
            result.analysis_either += right or agreed and _same(q2[both[i]]["speaker"], said,
                                                                names_2, {})
        if first.get("target") == second.get("target"):
            for actor in first.get("actors", []):
                other = next((a for a in second.get("actors", []) if _same(
                    actor["actor"], a["actor"], names_1, names_2)), None)
                if other is not None:
                    key = (actor.get("stance"), other.get("stance"))
                    result.stances[key] = result.stances.get(key, 0) + 1
    return result


def markdown(a: Agreement) -> str:
    def pct(n: int, d: int) -> str:
        return f"{n} of {d} ({100 * n / d:.1f}%)" if d else "-"
    stance_n = sum(a.stances.values())
    stance_same = sum(n for (x, y), n in a.stances.items() if x == y)
    return "\n".join([
        "| measure | figure |",
        "|---|---|",
        f"| articles annotated twice | {a.articles} |",
        f"| first annotator's entries the second also marked | {pct(a.spans, a.first)} |",
        f"| second annotator's entries the first also marked | {pct(a.spans, a.second)} |",
        f"| entries both marked, same speaker | {pct(a.speakers, a.spans)} |",
        f"| analysis right against the first annotator (the gold) | "
        f"{pct(a.analysis_first, a.first)} |",
        f"| ... also accepting the second annotator's names where both agree on the speaker | "
        f"{pct(a.analysis_either, a.first)} |",
        f"| actors' stance (-1, 0, +1, none), same in both, where both chose the same target | "
        f"{pct(stance_same, stance_n)} |",
        "",
    ])
