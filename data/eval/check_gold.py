"""Check every gold annotation file (*.gold.json) under data/eval; standard library only.

    python3 data/eval/check_gold.py          # exit status 1 if any check fails

For each quote: text == article[start:end] (article decoded as UTF-8, BOM dropped, line ends
normalised to \\n, as newsquotes.read_article does), kind is one of direct/partial/scare/indirect,
the speaker is null exactly for scare quotes and otherwise names an actor, quoted kinds sit inside
quote marks, indirect spans contain no double quote marks, spans do not overlap, and no quote lies
in a "Related:" line or a photo caption. For each actor: a known kind, a stance of -1/0/1/null,
aliases that include the actor's name and occur in the article, and at least one quote.
Prints quote counts by kind per article and in total.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "data" / "eval"

KINDS = ("direct", "partial", "scare", "indirect")
ACTOR_KINDS = {"person", "organisation", "government", "country", "group"}
OPENING = {'"', "\u201c", "\u2018", "'"}
CLOSING = {'"', "\u201d", "\u2019", "'"}
CAPTION = re.compile(r"\([A-Z][^()/]*/[A-Za-z .]+\)\s*$")


def read_text(path: Path) -> str:
    text = path.read_bytes().decode("utf-8-sig")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def line_of(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start:] if end < 0 else text[start:end]


def check(gold_path: Path) -> tuple[list[str], Counter]:
    errors: list[str] = []
    counts: Counter = Counter()
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    for key in ("article", "target", "quotes", "actors"):
        if key not in gold:
            errors.append(f"missing key {key!r}")
    if errors:
        return errors, counts
    article = ROOT / gold["article"]
    if not article.is_file():
        return [f"article not found: {gold['article']}"], counts
    raw = article.read_bytes()
    if b"\r" in raw:
        errors.append("article has \\r line ends; write it with \\n only")
    text = read_text(article)

    actors = {a.get("actor"): a for a in gold["actors"]}
    if len(actors) != len(gold["actors"]):
        errors.append("duplicate actor names")
    spoken: Counter = Counter()
    previous_end = -1
    for n, q in enumerate(sorted(gold["quotes"], key=lambda q: (q["start"], q["end"]))):
        where = f"quote {q.get('start')}-{q.get('end')} {q.get('text', '')[:40]!r}"
        start, end, span, kind, speaker = (q.get(k) for k in ("start", "end", "text", "kind", "speaker"))
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            errors.append(f"{where}: bad offsets")
            continue
        if text[start:end] != span:
            errors.append(f"{where}: text != article[start:end] ({text[start:end][:40]!r})")
        if span != span.strip():
            errors.append(f"{where}: span has leading or trailing whitespace")
        if kind not in KINDS:
            errors.append(f"{where}: kind {kind!r} not one of {KINDS}")
        counts[kind] += 1
        if kind == "scare":
            if speaker is not None:
                errors.append(f"{where}: scare quote with a speaker")
        elif speaker not in actors:
            errors.append(f"{where}: speaker {speaker!r} is not in actors")
        else:
            spoken[speaker] += 1
        before = text[start - 1] if start > 0 else ""
        after = text[end] if end < len(text) else "\n"
        if kind in ("direct", "partial", "scare"):
            if before not in OPENING:
                errors.append(f"{where}: {kind} quote not preceded by an opening mark")
            if after not in CLOSING and not (kind == "direct" and after == "\n"):
                errors.append(f"{where}: {kind} quote not followed by a closing mark")
            elif after in "\u2019'" and text[end + 1:end + 2].isalpha():
                errors.append(f"{where}: {kind} quote ends at an apostrophe, not a closing mark")
        elif kind == "indirect":
            if any(c in span for c in '"\u201c\u201d'):
                errors.append(f"{where}: indirect span contains quote marks")
        if start < previous_end:
            errors.append(f"{where}: overlaps the previous quote")
        previous_end = max(previous_end, end)
        line = line_of(text, start)
        if line.startswith("Related:") or CAPTION.search(line):
            errors.append(f"{where}: quote inside a Related: line or a photo caption")

    for name, a in actors.items():
        if a.get("kind") not in ACTOR_KINDS:
            errors.append(f"actor {name!r}: kind {a.get('kind')!r} not one of {sorted(ACTOR_KINDS)}")
        if a.get("stance") not in (-1, 0, 1, None):
            errors.append(f"actor {name!r}: stance {a.get('stance')!r} not -1/0/1/null")
        aliases = a.get("aliases") or []
        if name not in aliases:
            errors.append(f"actor {name!r}: aliases do not include the name")
        for alias in aliases:
            if not re.search(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text):
                errors.append(f"actor {name!r}: alias {alias!r} does not occur in the article")
        if not spoken[name]:
            errors.append(f"actor {name!r}: has no quote")
    return errors, counts


def report(files: list[Path], extra=None) -> int:
    """Check each gold file (plus ``extra(path)`` -> errors, if given), print a table of
    counts with the errors under each file, and return the exit status: 1 if any failed."""
    total: Counter = Counter()
    failed = 0
    header = f"{'gold file':62} " + " ".join(f"{k:>8}" for k in KINDS) + f" {'all':>5}"
    print(header)
    print("-" * len(header))
    for path in files:
        errors, counts = check(path)
        if extra is not None:
            errors += extra(path)
        total += counts
        print(f"{str(path.relative_to(ROOT)):62} " + " ".join(f"{counts[k]:8d}" for k in KINDS)
              + f" {sum(counts.values()):5d}")
        for e in errors:
            print(f"  ERROR {e}")
        failed += bool(errors)
    print("-" * len(header))
    print(f"{'total (' + str(len(files)) + ' files)':62} " + " ".join(f"{total[k]:8d}" for k in KINDS)
          + f" {sum(total.values()):5d}")
    print("FAILED" if failed else "OK", f"({failed} of {len(files)} files with errors)")
    return 1 if failed else 0


def main() -> int:
    files = sorted(EVAL.rglob("*.gold.json"))
    if not files:
        print("no *.gold.json under", EVAL)
        return 1
    return report(files)


if __name__ == "__main__":
    sys.exit(main())
