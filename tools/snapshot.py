"""Dump every table ``analyse()`` returns for every article under data/, to diff before/after.

For changes that must not change any output (speed-ups, refactors): run it before the change,
run it after, and compare the two files; they must be identical. Each article is analysed for
the target its ``.gold.json`` names (the seed's is Russia), as ``newsquotes.bench.corpus()``
does. Every table is written whole: its columns, their dtypes and each value's ``repr`` (floats
in full precision, None and NaN told apart). The corpus is analysed a second time in reverse
order in the same process, and any article whose tables then differ is flagged at the top.

    python tools/snapshot.py > before.txt        # or: --out before.txt
    python tools/snapshot.py --check before.txt  # exit 1 and name the first difference
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

from newsquotes.analysis import analyse
from newsquotes.article import DATA_DIR, read_article

TABLES = ("paragraphs", "sentences", "quotes", "actors", "mentions")


def articles() -> list[tuple[Path, str]]:
    """Each article file with its target, in the order ``bench.corpus()`` uses."""
    found = []
    for path in sorted(DATA_DIR.glob("*.txt")) + sorted((DATA_DIR / "eval").glob("*/*.txt")):
        gold = path.with_name(path.stem + ".gold.json")
        target = json.loads(gold.read_text(encoding="utf-8"))["target"] if gold.exists() \
            else "Russia"
        found.append((path, target))
    return found


def dump_analysis(name: str, result) -> list[str]:
    lines = [f"=== {name} target={result.target!r} aliases={result.aliases!r}"]
    for table_name in TABLES + tuple(sorted(result.extra)):
        table = getattr(result, table_name, None)
        if table is None:
            table = result.extra[table_name]
        lines.append(f"--- {table_name} {table.shape} index={table.index!r}")
        lines.append("columns " + repr(list(table.columns)))
        lines.append("dtypes " + repr([str(d) for d in table.dtypes]))
        for row in table.itertuples(index=False, name=None):
            lines.append(repr(row))
    return lines


def snapshot() -> str:
    """The dump of every article, analysed twice: in order, then again in reverse order.

    The second pass catches state that one article leaves behind for the next (a cache keyed on
    too little, say): its dump must equal the first's, or the snapshot says where they part.
    """
    found = [(str(path.relative_to(DATA_DIR.parent)), read_article(path), target)
             for path, target in articles()]
    dumps = {name: dump_analysis(name, analyse(text, target)) for name, text, target in found}
    lines = []
    for name, text, target in reversed(found):
        again = dump_analysis(name, analyse(text, target))
        if again != dumps[name]:
            lines += [f"!!! {name}: the second, reversed pass differs from the first"] + again
    for name, _, _ in found:
        lines += dumps[name]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", help="write the snapshot here instead of standard output")
    parser.add_argument("--check", metavar="FILE", help="compare with an earlier snapshot")
    args = parser.parse_args(argv)
    text = snapshot()
    if args.check:
        before = Path(args.check).read_text(encoding="utf-8")
        if before == text:
            print(f"snapshot identical to {args.check} ({len(text.splitlines())} lines)")
            return 0
        diff = difflib.unified_diff(before.splitlines(), text.splitlines(), args.check, "now",
                                    lineterm="", n=1)
        for i, line in enumerate(diff):
            if i >= 40:
                print("...")
                break
            print(line)
        return 1
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
