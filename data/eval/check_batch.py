"""Check one batch of gold files as it is written; standard library only.

    python3 data/eval/check_batch.py data/eval/dev4              # exit status 1 if a check fails
    python3 data/eval/check_batch.py data/eval/dev2 --entries 8-15

Runs every check of data/eval/check_gold.py (which covers all batches when run on its own, since
it scans data/eval recursively) on FOLDER/*.gold.json only, and adds the checks a new batch is
written against:

- every opening quote mark in the article (outside an annotated span) opens an annotated span:
  nothing quoted is left unannotated, and no entry starts anywhere but right after a mark;
- the quote list in the file is sorted by start;
- the article has 350-800 words and 10-20 gold entries (the brief; ``--entries`` changes the
  second range: dev2 was written for 8-15);
- no indirect span starts with the complementiser "that" or with whitespace-separated punctuation.

Curly single marks are openings only when not preceded by a letter or digit (so apostrophes in
it’s, players’ do not count); straight double marks alternate open/close within a paragraph;
straight single marks are openings only when preceded by neither a letter nor a digit and followed
by one (so can't, union's, students' do not count).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # data/eval
from check_gold import ROOT, read_text, report  # noqa: E402

MIN_WORDS, MAX_WORDS = 350, 800
MIN_QUOTES, MAX_QUOTES = 10, 20


def opening_marks(text: str) -> list[int]:
    """Positions of opening quote marks (curly double, curly single, straight double, straight single)."""
    marks = []
    line_start = 0
    for line in text.split("\n"):
        straight_open = False
        for i, c in enumerate(line):
            pos = line_start + i
            prev = line[i - 1] if i else " "
            if c == "\u201c":
                marks.append(pos)
            elif c == "\u2018" and not prev.isalnum():
                marks.append(pos)
            elif c == "'" and not prev.isalnum() and i + 1 < len(line) and line[i + 1].isalnum():
                marks.append(pos)
            elif c == '"':
                if not straight_open:
                    marks.append(pos)
                straight_open = not straight_open
        line_start += len(line) + 1
    return marks


def extra_checks(gold_path: Path) -> list[str]:
    errors = []
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = read_text(ROOT / gold["article"])
    quotes = gold["quotes"]
    if [q["start"] for q in quotes] != sorted(q["start"] for q in quotes):
        errors.append("quotes are not sorted by start")
    quoted = [q for q in quotes if q["kind"] != "indirect"]
    starts = {q["start"] for q in quoted}
    inside = [(q["start"], q["end"]) for q in quotes]
    for pos in opening_marks(text):
        if any(s <= pos < e for s, e in inside):
            continue  # a nested mark inside an annotated quote
        if pos + 1 not in starts:
            errors.append(f"opening mark at {pos} ({text[pos:pos + 40]!r}) opens no annotated quote")
    for q in quoted:
        if q["start"] - 1 not in opening_marks(text):
            errors.append(f"quote {q['start']} {q['text'][:30]!r} does not start right after an opening mark")
    for q in quotes:
        if q["kind"] == "indirect" and (q["text"].lower().startswith("that ") or not q["text"][0].isalnum()):
            errors.append(f"indirect {q['start']} {q['text'][:30]!r} starts with 'that' or punctuation")
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        errors.append(f"{words} words, want {MIN_WORDS}-{MAX_WORDS}")
    if not MIN_QUOTES <= len(quotes) <= MAX_QUOTES:
        errors.append(f"{len(quotes)} gold entries, want {MIN_QUOTES}-{MAX_QUOTES}")
    return errors


def main() -> int:
    global MIN_QUOTES, MAX_QUOTES
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        print(__doc__)
        return 2
    folder = Path(args[0]).resolve()
    if "--entries" in args:
        low, high = args[args.index("--entries") + 1].split("-")
        MIN_QUOTES, MAX_QUOTES = int(low), int(high)
    files = sorted(folder.glob("*.gold.json"))
    if not files:
        print("no *.gold.json in", folder)
        return 1
    return report(files, extra_checks)


if __name__ == "__main__":
    sys.exit(main())
