"""Score quote extraction and attribution against the hand-made gold files under ``data/eval``.

A found quote matches a gold quote when their character spans overlap by at least half of their
combined length (Dice >= 0.5), one to one, best overlap first: direct quotes then match on their
exact words, while reported speech, whose edges are a matter of judgement, may differ a little.
Attribution counts as right when the actor found is the gold speaker or one of its aliases (or one
of them after a possessive owner: "Panama’s foreign ministry" for "foreign ministry"), and, for
scare quotes, when no speaker is given.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .analysis import analyse
from .article import read_article

ROOT = Path(__file__).resolve().parents[2]
EVAL_DIR = ROOT / "data" / "eval"


@dataclass
class Score:
    article: str
    split: str
    n_gold: int
    n_found: int
    matched: int
    attributed: int  # matched and given to the right speaker (end to end)
    # confidence level -> [matched quotes with a speaker, of which right]
    by_confidence: dict = field(default_factory=dict)
    # gold actors with a quote given to them rightly, and of those, how many the actors table
    # splits over two or more rows ("Competition and Markets Authority" and "CMA")
    actors: int = 0
    split_actors: int = 0
    # why gold entries were not rightly attributed: ERRORS -> count
    errors: dict = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.matched / self.n_found if self.n_found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def attribution(self) -> float:
        return self.attributed / self.n_gold if self.n_gold else 1.0


def split_order(split: str) -> tuple[str, int]:
    """dev, dev2, ..., dev10, test, test2: folders in the order they were written."""
    m = re.fullmatch(r"([a-z]+)(\d*)", split)
    return (m.group(1), int(m.group(2) or 1)) if m else (split, 0)


def _dice(a: tuple[int, int], b: tuple[int, int]) -> float:
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    return 2 * overlap / (a[1] - a[0] + b[1] - b[0]) if overlap > 0 else 0.0


def match_spans(gold: list[tuple[int, int]], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(gold index, found index) pairs, best overlap first, each side used once, overlapping by
    at least half their combined length."""
    pairs = sorted(((_dice(g, f), gi, fi) for gi, g in enumerate(gold)
                    for fi, f in enumerate(found)), reverse=True)
    used_g, used_f, matches = set(), set(), []
    for d, gi, fi in pairs:
        if d < 0.5:
            break
        if gi not in used_g and fi not in used_f:
            used_g.add(gi)
            used_f.add(fi)
            matches.append((gi, fi))
    return matches


def _names(gold: dict) -> dict[str, set[str]]:
    """Each gold speaker's accepted names, lower-cased, "the" (or "one", "a") dropped."""
    names: dict[str, set[str]] = {}
    for actor in gold.get("actors", []):
        accepted = {actor["actor"], *actor.get("aliases", [])}
        names[actor["actor"]] = {_norm(n) for n in accepted}
    return names


def _norm(name: str) -> str:
    """A name without case or its determiner: annotators wrote both "one EU diplomat" and "EU
    diplomat" for "One EU diplomat said", as they wrote "the union" and "union", and both "two
    people familiar with the matter" and "people familiar with ...", "several drivers" and
    "drivers"; and without a company's
    legal suffix, which they kept ("Harvest Lane Markets Inc.") or dropped ("IronPeak Fitness"
    for "IronPeak Fitness Inc.")."""
    name = name.strip().lower().replace("’", "'")
    name = re.sub(r",? (?:inc|corp|ltd|co|llc|plc)\.?$", "", name)
    return re.sub(r"^(?:the|one|a|an|two|three|four|five|six|seven|eight|nine|ten|several|some"
                  r"|many) ", "", name)


def accepted(found: str, names: set[str]) -> bool:
    """The found name is one of the gold names, or one of them with its owner before it:
    "Panama’s foreign ministry" for the gold "foreign ministry" (whose title names Panama), and
    "Cyprus’ Interior Ministry" for "Interior Ministry"."""
    found = _norm(found)
    owner, mark, rest = found.partition("'s ")
    if not mark:
        owner, mark, rest = found.partition("s' ")
    return found in names or bool(mark) and rest in names


def score_article(gold_path: Path) -> tuple[Score, list[str]]:
    """The article's score, and one line per miss, false alarm or wrong speaker."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = ROOT / gold["article"]
    text = read_article(article)
    found = analyse(text, gold.get("target", "Russia")).quotes
    names = _names(gold)
    matches = match_spans([(g["start"], g["end"]) for g in gold["quotes"]],
                          list(zip(found.start, found.end)))
    used_g, used_f = {gi for gi, _ in matches}, {fi for _, fi in matches}
    notes, right = [], 0
    by_confidence: dict[str, list[int]] = {}
    rows_of: dict[str, set[str]] = {}  # gold speaker -> the actors-table rows its quotes went to
    rows = list(found.itertuples())
    errors: dict[str, int] = {}
    for gi, fi in matches:
        g, f = gold["quotes"][gi], rows[fi]
        if g["speaker"] is None:
            ok = f.speaker is None
        else:
            ok = f.speaker is not None and accepted(
                f.speaker, names.get(g["speaker"], {_norm(g["speaker"])}))
            if ok:
                rows_of.setdefault(g["speaker"], set()).add(f.speaker)
        right += ok
        if f.confidence is not None:
            counts = by_confidence.setdefault(f.confidence, [0, 0])
            counts[0] += 1
            counts[1] += ok
        if not ok:
            why = _why_wrong(g["speaker"], f.speaker, names)
            errors[why] = errors.get(why, 0) + 1
            notes.append(f"  wrong speaker: {g['text'][:60]!r} gold={g['speaker']} "
                         f"found={f.speaker} [{f.attribution}: {f.speaker_mention}]")
    for gi, g in enumerate(gold["quotes"]):
        if gi not in used_g:
            errors["missed"] = errors.get("missed", 0) + 1
            notes.append(f"  missed {g['kind']}: {g['text'][:60]!r} ({g['speaker']})")
    for fi, f in enumerate(rows):
        if fi not in used_f:
            notes.append(f"  false alarm {f.kind}: {f.text[:60]!r} ({f.speaker})")
    for speaker, actors in rows_of.items():
        if len(actors) > 1:
            notes.append(f"  split actor: {speaker} as {sorted(actors)}")
    split = gold_path.parent.name
    return Score(gold_path.name.removesuffix(".gold.json"), split, len(gold["quotes"]),
                 len(found), len(matches), right, by_confidence, len(rows_of),
                 sum(len(a) > 1 for a in rows_of.values()), errors), notes


# Why a gold entry was not rightly attributed, in the order the table lists them.
ERRORS = {
    "missed": "the quote not found",
    "no speaker": "found, but given no speaker",
    "scare given a speaker": "a scare quote given a speaker",
    "another gold speaker": "given to another speaker of the article",
    "shorter name": "a shorter form of the speaker's name (\"Residents\" for \"Residents of "
                    "Ditsi\")",
    "longer name": "a longer form (\"Russian Embassy in Lima\" for \"Russian Embassy\")",
    "overlapping name": "a name sharing words with the speaker's",
    "other name": "a name or description sharing no word with any speaker's",
}
_FILLER = {"the", "of", "and", "a", "an", "s", "in", "at", "for"}


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"[\w'-]+", _norm(name)) if w not in _FILLER}


def _why_wrong(gold: str | None, found: str | None, names: dict[str, set[str]]) -> str:
    if gold is None:
        return "scare given a speaker"
    if found is None:
        return "no speaker"
    if any(accepted(found, ns) for actor, ns in names.items() if actor != gold):
        return "another gold speaker"
    said = _words(found)
    meant = set().union(*(_words(n) for n in names.get(gold, {gold})))
    if said and said < meant:
        return "shorter name"
    if meant and meant < said:
        return "longer name"
    return "overlapping name" if said & meant else "other name"


def errors_markdown(scores: list[Score]) -> str:
    """How the gold entries not rightly attributed went wrong, tuned-on against held-out."""
    lines = ["| what went wrong | tuned on (dev*) | held out (test*) |", "|---|---:|---:|"]
    for key, label in ERRORS.items():
        dev = sum(s.errors.get(key, 0) for s in scores if s.split.startswith("dev"))
        test = sum(s.errors.get(key, 0) for s in scores if s.split.startswith("test"))
        lines.append(f"| {label} | {dev} | {test} |")
    dev = sum(s.n_gold - s.attributed for s in scores if s.split.startswith("dev"))
    test = sum(s.n_gold - s.attributed for s in scores if s.split.startswith("test"))
    lines.append(f"| **all not rightly attributed** | {dev} | {test} |")
    return "\n".join(lines) + "\n"


def markdown(scores: list[Score]) -> str:
    lines = ["| split | article | gold | found | precision | recall | F1 | attribution |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    for s in scores:
        lines.append(f"| {s.split} | {s.article} | {s.n_gold} | {s.n_found} | "
                     f"{s.precision:.1%} | {s.recall:.1%} | {s.f1:.1%} | {s.attribution:.1%} |")
    for split in sorted({s.split for s in scores}, key=split_order):
        group = [s for s in scores if s.split == split]
        total = Score("all", split, *(sum(getattr(s, f) for s in group) for f in (
            "n_gold", "n_found", "matched", "attributed")))
        lines.append(f"| {split} | **all** | {total.n_gold} | {total.n_found} | "
                     f"{total.precision:.1%} | {total.recall:.1%} | {total.f1:.1%} | "
                     f"{total.attribution:.1%} |")
    return "\n".join(lines) + "\n"


def actors_markdown(scores: list[Score]) -> str:
    """How often one speaker's quotes land on one row of the actors table, on the tuned and on
    the held-out articles."""
    lines = ["| articles | speakers with a quote rightly given | on one row | split over rows |",
             "|---|---:|---:|---:|"]
    for name, prefix in (("tuned on (dev*)", "dev"), ("held out (test*)", "test")):
        group = [s for s in scores if s.split.startswith(prefix)]
        n = sum(s.actors for s in group)
        split = sum(s.split_actors for s in group)
        lines.append(f"| {name} | {n} | {n - split} ({(n - split) / max(n, 1):.1%}) | {split} |")
    return "\n".join(lines) + "\n"


def confidence_markdown(scores: list[Score]) -> str:
    """How often the speaker is right at each ``quotes.confidence`` level, on the tuned and on
    the held-out articles."""
    groups = {"tuned on (dev*)": [s for s in scores if s.split.startswith("dev")],
              "held out (test*)": [s for s in scores if s.split.startswith("test")]}
    lines = ["| confidence | " + " | ".join(f"{g}: quotes | right" for g in groups) + " |",
             "|---|" + "---:|---:|" * len(groups)]
    for level in ("high", "medium", "low"):
        cells = []
        for group in groups.values():
            n = sum(s.by_confidence.get(level, [0, 0])[0] for s in group)
            ok = sum(s.by_confidence.get(level, [0, 0])[1] for s in group)
            cells.append(f"{n} | {ok / n:.1%}" if n else "0 | -")
        lines.append(f"| {level} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def evaluate(eval_dir: Path = EVAL_DIR, verbose: bool = False) -> list[Score]:
    scores = []
    for path in sorted(eval_dir.glob("*/*.gold.json"),
                       key=lambda p: (split_order(p.parent.name), p.name)):
        score, notes = score_article(path)
        scores.append(score)
        if verbose and notes:
            print(f"{path.parent.name}/{score.article}:")
            print("\n".join(notes))
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m newsquotes.eval_quotes",
        description="Quote precision, recall and attribution accuracy on the gold articles.")
    parser.add_argument("--verbose", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--markdown", metavar="FILE", help="also write the table to FILE")
    args = parser.parse_args(argv)
    table = markdown(evaluate(verbose=args.verbose))
    print(table)
    if args.markdown:
        Path(args.markdown).write_text(table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
