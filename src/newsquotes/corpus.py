"""Corpus mode: ``analyse()`` over many articles in parallel, into one set of tables.

Articles are read from a source one at a time (see ``corpus_sources``), grouped into batches and
analysed by ``analyse_batch`` in worker processes, locally or on a Dask cluster; both engines run
the same function on the same batches, so their tables are identical. Batches come back in input
order and are either concatenated (``analyse_corpus``, for notebooks) or appended to one Parquet
file per table (``write_corpus``, for corpora larger than memory). An article that cannot be
analysed becomes a row of ``errors`` with its one-line reason, and the run goes on.

Tables:

- articles: one row per input article, in input order: ``article_id, title, outlet, published,
  url``, then ``words`` (word tokens) and ``n_quotes`` (both Int64, missing for a failed article)
  and ``status`` (``ok`` or ``error``);
- errors: ``article_id, reason`` for each article that could not be analysed;
- sentences, quotes, actors, and any further table ``analyse()`` returns: ``article_id,
  article_title, outlet, published, url`` in front of that table's own columns (documented in
  ``analysis``), whose offsets index that article's text. The title is ``article_title`` here
  because ``actors`` has a ``title`` of its own, the speaker's job title.

The title is the record's, else the page's (HTML), else the article's headline paragraph.
Metadata are kept as given, as strings; ``published`` is best written in ISO 8601.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from .analysis import Analysis, analyse
from .article import ArticleError, decode_article
from .corpus_sources import META, CorpusError, open_source
from .files import replace_folder

KEYS = ("article_id",) + META  # in front of the articles table
ROW_KEYS = ("article_id", "article_title", "outlet", "published", "url")  # of the others
ARTICLE_COLUMNS = ("words", "n_quotes", "status")
MANIFEST = "corpus.json"
ENGINES = ("local", "dask")

_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")  # within a word or two of words_table, far cheaper
# Analysed once to learn the columns and dtypes of every table, for tables no article fills.
_SAMPLE = "Talks resume\n\nOfficials said on Monday that the talks would resume.\n"
_MAX_BATCH = 64  # articles per task: enough to hide the cost of a task, few enough to stream


@dataclass
class CorpusAnalysis:
    """A corpus's tables, each with ``article_id`` and the article's metadata in front."""

    target: str
    aliases: list[str]
    articles: pd.DataFrame
    errors: pd.DataFrame
    sentences: pd.DataFrame
    quotes: pd.DataFrame
    actors: pd.DataFrame
    extra: dict = field(default_factory=dict)

    def __getattr__(self, name: str) -> pd.DataFrame:
        # Tables that analyse() gains later (mentions, ...) read like the fixed ones.
        extra = self.__dict__.get("extra", {})
        if name in extra:
            return extra[name]
        raise AttributeError(name)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table by name: articles, errors, then those of ``analyse()``."""
        fixed = {n: getattr(self, n) for n in ("articles", "errors", "sentences", "quotes",
                                                "actors")}
        return fixed | dict(self.extra)


def analyse_corpus(source, target: str = "Russia", aliases: list[str] | None = None,
                   engine: str = "local", workers: int | None = None,
                   scheduler=None) -> CorpusAnalysis:
    """Analyse every article of ``source`` for ``target``; return the tables in memory.

    ``source``: a folder of .txt/.html files, a .jsonl/.csv/.parquet file with a ``text`` column,
    or an iterable of dict records. ``engine``: ``local`` (``workers`` processes, all cores by
    default) or ``dask`` (``scheduler``: an address, a ``distributed.Client`` or a cluster; a
    local cluster of ``workers`` processes when None). For corpora larger than memory use
    ``write_corpus``, which streams the tables to Parquet instead.
    """
    aliases = list(aliases or [])
    parts: dict[str, list[pd.DataFrame]] = {}
    for batch in iter_corpus(source, target, aliases, engine, workers, scheduler):
        for name, table in batch.items():
            parts.setdefault(name, []).append(table)
    tables = {name: table.copy() for name, table in empty_tables(target, tuple(aliases)).items()}
    for name, frames in parts.items():
        tables[name] = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    fixed = {n: tables.pop(n) for n in ("articles", "errors", "sentences", "quotes", "actors")}
    return CorpusAnalysis(target=target, aliases=aliases, extra=tables, **fixed)


def write_corpus(source, out_dir: str | Path, target: str = "Russia",
                 aliases: list[str] | None = None, engine: str = "local",
                 workers: int | None = None, scheduler=None, progress: bool = False) -> dict:
    """Analyse ``source`` and write one Parquet file per table into ``out_dir``; return a summary.

    Batches are appended to the files as they arrive, so memory does not grow with the corpus.
    The folder is built beside ``out_dir`` and swapped in when complete: a re-run replaces the
    earlier output (no duplicated rows) and a failed run leaves it as it was. A folder that exists
    but holds something other than an earlier output is refused rather than replaced.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(out_dir)
    aliases = list(aliases or [])
    batches = iter_corpus(source, target, aliases, engine, workers, scheduler, progress)
    _check_replaceable(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    work = out.with_name(f".{out.name}.partial-{os.getpid()}")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    writers: dict[str, pq.ParquetWriter] = {}
    rows: dict[str, int] = {}
    try:
        try:
            for batch in batches:
                for name, table in batch.items():
                    if name not in writers:
                        writers[name] = pq.ParquetWriter(work / f"{name}.parquet",
                                                         _arrow_schema(table))
                    writer = writers[name]
                    writer.write_table(pa.Table.from_pandas(table, schema=writer.schema,
                                                            preserve_index=False))
                    rows[name] = rows.get(name, 0) + len(table)
        finally:
            for writer in writers.values():
                writer.close()
        for name, table in empty_tables(target, tuple(aliases)).items():
            if name not in writers:  # no batch at all: still write every table, empty
                pq.write_table(pa.Table.from_pandas(table, schema=_arrow_schema(table),
                                                    preserve_index=False),
                               work / f"{name}.parquet")
                rows[name] = 0
        summary = {"source": str(source) if isinstance(source, (str, Path)) else "records",
                   "target": target, "aliases": aliases,
                   "articles": rows["articles"], "errors": rows["errors"],
                   "tables": {name: rows[name] for name in sorted(rows)}}
        (work / MANIFEST).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
        replace_folder(work, out)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return summary


def read_corpus(out_dir: str | Path) -> CorpusAnalysis:
    """The tables that ``write_corpus`` wrote into ``out_dir``, read back into memory."""
    out = Path(out_dir)
    manifest = out / MANIFEST
    if not manifest.is_file():
        raise CorpusError(f"{out} holds no corpus output ({MANIFEST} missing)")
    summary = json.loads(manifest.read_text(encoding="utf-8"))
    templates = empty_tables(summary["target"], tuple(summary["aliases"]))
    tables = {}
    for name in summary["tables"]:
        table = pd.read_parquet(out / f"{name}.parquet")
        template = templates.get(name)
        if template is not None:  # Arrow's own choice of dtypes back to the in-memory ones
            for column, dtype in template.dtypes.items():
                if column not in table or table[column].dtype == dtype:
                    continue
                values = table[column].astype(dtype)
                table[column] = values.where(values.notna(), None) if dtype == object else values
        tables[name] = table
    fixed = {n: tables.pop(n) for n in ("articles", "errors", "sentences", "quotes", "actors")}
    return CorpusAnalysis(target=summary["target"], aliases=summary["aliases"], extra=tables,
                          **fixed)


def iter_corpus(source, target: str = "Russia", aliases: list[str] | None = None,
                engine: str = "local", workers: int | None = None, scheduler=None,
                progress: bool = False) -> Iterator[dict[str, pd.DataFrame]]:
    """The tables of ``source`` batch by batch, in input order (what the two functions above use).

    The source is opened, and a bad engine or worker count refused, before the first batch.
    """
    if engine not in ENGINES:
        raise CorpusError(f"unknown engine {engine!r}; use one of: {', '.join(ENGINES)}")
    if workers is not None and workers < 1:
        raise CorpusError(f"workers must be at least 1, not {workers}")
    if scheduler is not None and engine != "dask":
        raise CorpusError("a scheduler is only used with engine='dask'")
    records, total = open_source(source)
    workers = workers or _cores()
    size = _batch_size(total, workers)
    batches = _batches(_unique_ids(records), size)
    args = (target, tuple(aliases or ()))
    if engine == "dask":
        results = _map_dask(batches, args, workers, scheduler)
    else:
        results = _map_local(batches, args, workers)
    return _with_progress(results, total, progress)


def analyse_batch(records: list[dict], target: str, aliases: tuple[str, ...] = ()
                  ) -> dict[str, pd.DataFrame]:
    """The tables of a batch of article records: what each worker runs, on either engine."""
    empty = empty_tables(target, tuple(aliases))
    found: dict[str, list[pd.DataFrame]] = {}
    owners: dict[str, list[dict]] = {}
    articles, errors = [], []
    for record in records:
        meta = {key: record.get(key) for key in KEYS}
        try:
            text, meta = article_text(record, meta)
            result = analyse(text, target, list(aliases))
        except ArticleError as err:
            errors.append((meta["article_id"], _one_line(str(err))))
            articles.append({**meta, "words": None, "n_quotes": None, "status": "error"})
            continue
        except Exception as err:  # a bug on one article must not stop the corpus
            reason = f"analysis failed: {type(err).__name__}: {_one_line(str(err))}"
            errors.append((meta["article_id"], reason.rstrip(": ")))
            articles.append({**meta, "words": None, "n_quotes": None, "status": "error"})
            continue
        if meta["title"] is None:
            heads = result.paragraphs.loc[result.paragraphs.role == "headline", "text"]
            meta["title"] = heads.iloc[0] if len(heads) else None
        for name, table in analysis_tables(result).items():
            found.setdefault(name, []).append(table)
            owners.setdefault(name, []).append(meta)
        articles.append({**meta, "words": len(_WORD.findall(text)),
                         "n_quotes": len(result.quotes), "status": "ok"})
    tables = {"articles": _typed(articles, empty["articles"]),
              "errors": _typed([dict(zip(("article_id", "reason"), e)) for e in errors],
                               empty["errors"])}
    for name, template in empty.items():
        if name in tables:
            continue
        frames = found.pop(name, [])
        tables[name] = _with_keys(frames, owners.pop(name, []), template)
    for name, frames in found.items():  # a table the template lacked: keep it all the same
        tables[name] = _with_keys(frames, owners[name], None)
    return tables


def analysis_tables(result: Analysis) -> dict[str, pd.DataFrame]:
    """The tables ``write_tables`` would write for one article, by name."""
    from . import analysis

    tables = {}
    for name in tuple(analysis.TABLES) + tuple(result.extra):
        table = getattr(result, name, None)
        if table is None:
            table = result.extra.get(name)
        if isinstance(table, pd.DataFrame):
            tables[name] = table
    return tables


@lru_cache(maxsize=8)
def empty_tables(target: str, aliases: tuple[str, ...] = ()) -> dict[str, pd.DataFrame]:
    """Every corpus table with no rows but its columns and dtypes (an empty corpus's tables)."""
    meta = {"outlet": "object", "published": "object", "url": "object"}
    tables = {
        "articles": _empty({"article_id": "str", "title": "object"} | meta
                           | {"words": "Int64", "n_quotes": "Int64", "status": "str"}),
        "errors": _empty({"article_id": "str", "reason": "str"}),
    }
    keys = _empty({"article_id": "str", "article_title": "object"} | meta)
    try:
        sample = analyse(_SAMPLE, target, list(aliases))
    except Exception:  # the articles will say why in errors; their batches bring the columns
        return tables
    for name, table in analysis_tables(sample).items():
        tables[name] = pd.concat([keys, table.iloc[:0]], axis=1)
    return tables


def article_text(record: dict, meta: dict) -> tuple[str, dict]:
    """The record's text, checked like a file's, and its metadata completed from an HTML page."""
    if record.get("error"):
        raise ArticleError(record["error"])
    name = record.get("name") or "article"
    data = record.get("data")
    if data is None:
        text = record.get("text")
        if text is None or (isinstance(text, float) and math.isnan(text)):
            raise ArticleError(f"{name} has no text")
        if not isinstance(text, str):
            raise ArticleError(f"{name} text is a {type(text).__name__}, not a string")
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            raise ArticleError(f"{name} text is not valid Unicode (lone surrogate)") from None
    if record.get("format") == "html":
        from .extract_html import decode_html, html_article

        text, page = html_article(decode_html(data, name), name)
        meta = meta | {k: v for k, v in page.items() if meta.get(k) is None}
        return text, meta
    return decode_article(data, name), meta


def _with_keys(frames: list[pd.DataFrame], owners: list[dict],
               template: pd.DataFrame | None) -> pd.DataFrame:
    """Concatenate per-article tables and put each article's id and metadata in front."""
    if not frames:
        return template.copy()
    table = pd.concat(frames, ignore_index=True) if len(frames) > 1 else \
        frames[0].reset_index(drop=True)
    counts = [len(f) for f in frames]
    front = {}
    for key, column in zip(KEYS, ROW_KEYS):
        values = np.repeat(np.array([m[key] for m in owners], dtype=object), counts)
        front[column] = pd.array(values, dtype="str") if key == "article_id" else \
            pd.Series(values, dtype=object)
    return pd.concat([pd.DataFrame(front), table], axis=1)


def _typed(rows: list[dict], template: pd.DataFrame) -> pd.DataFrame:
    """Rows as a table with the template's columns and dtypes, None kept in object columns."""
    if not rows:
        return template.copy()
    # Column by column: pandas would otherwise infer "str" and turn a missing title into NaN.
    return pd.DataFrame({name: pd.Series([r[name] for r in rows], dtype=dtype)
                         for name, dtype in template.dtypes.items()})


def _empty(dtypes: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series([], dtype=dtype) for name, dtype in dtypes.items()})


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _unique_ids(records: Iterator[dict]) -> Iterator[dict]:
    """Refuse a second article with an id already used, so that ids join the tables safely."""
    seen: set[str] = set()
    for record in records:
        article_id = record["article_id"]
        if article_id in seen and not record.get("error"):
            record = record | {"data": None, "text": None,
                               "error": f"duplicate article id {article_id!r}: an earlier "
                                        "article has it"}
        seen.add(article_id)
        yield record


def _batches(records: Iterator[dict], size: int) -> Iterator[list[dict]]:
    batch = []
    for record in records:
        batch.append(record)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _batch_size(total: int | None, workers: int) -> int:
    """About four batches per worker, so a small corpus still uses every worker."""
    if total is None:
        return _MAX_BATCH
    return max(1, min(_MAX_BATCH, math.ceil(total / (4 * workers))))


def _cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _map_local(batches: Iterator[list[dict]], args: tuple, workers: int
               ) -> Iterator[dict[str, pd.DataFrame]]:
    """Run the batches in ``workers`` processes, a few at a time, and yield results in order."""
    if workers == 1:  # in this process: no start-up cost, and a debugger sees everything
        for batch in batches:
            yield analyse_batch(batch, *args)
        return
    import multiprocessing
    import threading
    from concurrent.futures import ProcessPoolExecutor

    # Forking is quickest and needs no `if __name__ == "__main__"` guard in a script, but forking
    # a process that runs threads (Jupyter, Dask, a progress bar) can deadlock: then forkserver.
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        method = "fork"
    else:
        method = "forkserver" if "forkserver" in methods else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":  # the server imports the library once; workers fork from it
        context.set_forkserver_preload(["newsquotes.corpus"])
    pool = ProcessPoolExecutor(workers, mp_context=context)
    pending = deque()
    try:
        for batch in batches:
            pending.append(pool.submit(analyse_batch, batch, *args))
            # Only a few batches in flight: memory stays flat however long the corpus.
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _map_dask(batches: Iterator[list[dict]], args: tuple, workers: int, scheduler
              ) -> Iterator[dict[str, pd.DataFrame]]:
    """Run the batches on a Dask cluster, a few per worker thread at a time, in order."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise CorpusError("the dask engine needs the 'distributed' package") from None
    import logging

    owned = []
    try:
        if scheduler is None:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
            owned.append(cluster)
            client = Client(cluster, set_as_default=False)
            owned.insert(0, client)
        elif isinstance(scheduler, Client):
            client = scheduler
        else:  # an address such as tcp://scheduler-host:8786, or a cluster object
            try:
                client = Client(scheduler, set_as_default=False, timeout="20s")
            except (OSError, TimeoutError) as err:
                raise CorpusError(f"cannot reach the Dask scheduler at {scheduler}: "
                                  f"{_one_line(str(err)) or type(err).__name__}") from None
            owned.append(client)
        threads = max(1, sum(client.nthreads().values()))
        pending = deque()
        for batch in batches:
            pending.append(client.submit(analyse_batch, batch, *args, pure=False))
            if len(pending) >= 2 * threads:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for thing in owned:
            thing.close()


def _with_progress(results: Iterator[dict[str, pd.DataFrame]], total: int | None,
                   progress: bool) -> Iterator[dict[str, pd.DataFrame]]:
    if not progress:  # no bar at all: even a disabled tqdm starts a monitor thread
        yield from results
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="article", desc="Analysing", file=sys.stderr,
              dynamic_ncols=True) as bar:
        for tables in results:
            bar.update(len(tables["articles"]))
            yield tables


def _arrow_schema(table: pd.DataFrame):
    """The table's Arrow schema, with columns that are all missing so far typed as strings."""
    import pyarrow as pa

    schema = pa.Schema.from_pandas(table, preserve_index=False)
    for i, f in enumerate(schema):
        if pa.types.is_null(f.type):
            schema = schema.set(i, pa.field(f.name, pa.string()))
    return schema


def _check_replaceable(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise CorpusError(f"output path is a file, not a folder: {out}")
    if out.is_dir() and any(out.iterdir()) and not (out / MANIFEST).is_file():
        raise CorpusError(f"{out} exists and is not a corpus output folder; "
                          "choose an empty or new folder")
