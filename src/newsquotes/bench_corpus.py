"""Measure corpus mode: articles per second with 1 and 2 workers, and peak memory, by corpus size.

The corpus is the project's development articles and the seed article repeated to the size asked,
written to a temporary JSONL file. Each run is ``write_corpus`` (the path of ``newsquotes corpus``:
Parquet written batch by batch) in a fresh Python process, so that one run's memory does not
carry into the next; the process may use every core whatever its parent was pinned to. Peak
memory is the largest sum of the resident set sizes (RSS) of that process and its worker
processes, sampled every 20 ms with psutil; pages the workers share with their parent are counted
once per process, so the sum overstates a little. Without psutil it falls back to the kernel's
peak RSS of the process plus that of its largest child.

``corpus_benchmark()`` returns the figures; ``markdown()`` turns them into a section for
docs/benchmarks.md; ``python -m newsquotes.bench_corpus`` prints it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from .article import DATA_DIR, read_article

SIZES = (1000, 10000)
WORKERS = (1, 2)

# Runs in the child process: time write_corpus only (not Python's start-up), report as JSON.
_RUN = """
import json, os, resource, sys, time
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, range(os.cpu_count()))
from newsquotes.corpus import write_corpus
source, out, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
def cpu():
    return sum(u.ru_utime + u.ru_stime for u in (resource.getrusage(resource.RUSAGE_SELF),
                                                 resource.getrusage(resource.RUSAGE_CHILDREN)))
before, start = cpu(), time.perf_counter()
summary = write_corpus(source, out, "Russia", workers=workers)
seconds, cpu_seconds = time.perf_counter() - start, cpu() - before
peak = sum(resource.getrusage(who).ru_maxrss
           for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024
print(json.dumps({"seconds": seconds, "articles": summary["articles"],
                  "errors": summary["errors"], "quotes": summary["tables"]["quotes"],
                  "cpu_seconds": cpu_seconds, "kernel_peak_mb": peak}))
"""


def corpus_texts() -> list[str]:
    """The articles the corpus repeats: data/eval/dev/*.txt and data/*.txt (the seed)."""
    paths = sorted((DATA_DIR / "eval" / "dev").glob("*.txt")) + sorted(DATA_DIR.glob("*.txt"))
    return [read_article(p) for p in paths]


def write_jsonl(path: Path, n: int) -> int:
    """Write ``n`` article records to ``path`` (ids, outlets and dates varied); return words."""
    texts = corpus_texts()
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            text = texts[i % len(texts)]
            words += len(text.split())
            out.write(json.dumps({"id": f"a{i:06d}", "text": text, "outlet": f"Outlet {i % 7}",
                                  "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"}))
            out.write("\n")
    return words


def corpus_benchmark(sizes: tuple[int, ...] = SIZES, workers: tuple[int, ...] = WORKERS) -> dict:
    """Articles/s and peak memory of ``write_corpus`` for each corpus size and worker count.

    Returns ``{"machine": {"cores", "arch", "python", "load_average"}, "runs": [{"articles",
    "words", "workers", "seconds", "articles_per_s", "cores_used", "cpu_seconds", "peak_rss_mb",
    "memory_measure", "errors", "quotes"}, ...]}``, one run per (size, workers) pair in that order. With the defaults it
    takes about four minutes on two cores.
    """
    runs = []
    # Other work on the machine slows the runs with more workers most: record how busy it was.
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    with tempfile.TemporaryDirectory(prefix="newsquotes-bench-") as tmp:
        for n in sizes:
            source = Path(tmp) / f"corpus-{n}.jsonl"
            words = write_jsonl(source, n)
            for w in workers:
                run = _measure(source, Path(tmp) / f"out-{n}-{w}", w)
                run.update(articles=n, words=words, workers=w,
                           articles_per_s=n / run["seconds"],
                           cores_used=run["cpu_seconds"] / run["seconds"])
                runs.append(run)
    return {"machine": {"cores": os.cpu_count(), "arch": platform.machine(),
                        "python": platform.python_version(), "load_average": load},
            "runs": runs}


def _measure(source: Path, out: Path, workers: int) -> dict:
    child = subprocess.Popen([sys.executable, "-c", _RUN, str(source), str(out), str(workers)],
                             stdout=subprocess.PIPE, text=True)
    peak = _sample_tree(child)
    stdout, _ = child.communicate()
    if child.returncode != 0:
        raise RuntimeError(f"benchmark run failed with exit code {child.returncode}")
    result = json.loads(stdout.strip().splitlines()[-1])
    if peak:
        result.update(peak_rss_mb=peak, memory_measure="psutil: RSS of process + workers")
    else:
        result.update(peak_rss_mb=result["kernel_peak_mb"],
                      memory_measure="getrusage: peak RSS of process + largest worker")
    return result


def _sample_tree(child: subprocess.Popen) -> float | None:
    """Largest total RSS (MB) of ``child`` and its descendants until it exits; None w/o psutil."""
    try:
        import psutil
    except ImportError:
        return None
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        try:
            root = psutil.Process(child.pid)
        except psutil.NoSuchProcess:
            return
        while not done.is_set():
            total = 0
            try:
                for proc in [root, *root.children(recursive=True)]:
                    try:
                        total += proc.memory_info().rss
                    except psutil.NoSuchProcess:
                        pass
            except psutil.NoSuchProcess:
                return
            peak = max(peak, total)
            time.sleep(0.02)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    child.wait()
    done.set()
    thread.join()
    return peak / 2**20 if peak else None


def markdown(result: dict) -> str:
    """A Markdown section (level-2 heading) with the figures of ``corpus_benchmark()``."""
    runs = result["runs"]
    machine = result["machine"]
    lines = [
        "## Corpus mode (`newsquotes corpus`)",
        "",
        f"`write_corpus` on a JSONL corpus of the project's development and seed articles "
        f"repeated, Parquet output; {machine['cores']} cores, {machine['arch']}, Python "
        f"{machine['python']}. Each run is a fresh process; time excludes Python's start-up."
        + ("" if machine.get("load_average") is None else
           f" Load average when the runs began: {machine['load_average']:.1f}."),
        "",
        "| articles | workers | seconds | articles/s | speed-up | cores used | CPU ms per article "
        "| peak memory (MB) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    base = {r["articles"]: r["articles_per_s"] for r in runs if r["workers"] == 1}
    for r in runs:
        speedup = r["articles_per_s"] / base[r["articles"]] if r["articles"] in base else None
        lines.append(f"| {r['articles']:,} | {r['workers']} | {r['seconds']:,.1f} | "
                     f"{r['articles_per_s']:,.0f} | "
                     f"{'' if speedup is None else f'{speedup:.2f}x'} | "
                     f"{r['cores_used']:.2f} | {1000 * r['cpu_seconds'] / r['articles']:.1f} | "
                     f"{r['peak_rss_mb']:,.0f} |")
    if runs:
        lines += ["", f"Peak memory: {runs[0]['memory_measure']}. Cores used: CPU time of the "
                  "process and its workers over the run's wall time; with other work on the "
                  "machine it falls below the number of workers, and so does the speed-up. CPU per "
                  "article, summed over the process and its workers, depends much less on that "
                  "load: equal figures for 1 and 2 workers mean that running in parallel adds "
                  "little work, and the speed-up then depends on how many cores are free."]
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsquotes.bench_corpus",
                                     description="Speed and memory of corpus mode.")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES),
                        help="corpus sizes in articles (default: 1000 10000)")
    parser.add_argument("--workers", type=int, nargs="+", default=list(WORKERS),
                        help="worker counts (default: 1 2)")
    parser.add_argument("--json", action="store_true", help="print the raw figures as JSON too")
    args = parser.parse_args(argv)
    result = corpus_benchmark(tuple(args.sizes), tuple(args.workers))
    if args.json:
        print(json.dumps(result, indent=2))
    print(markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
