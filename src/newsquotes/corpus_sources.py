"""Turn a corpus source into a stream of article records, one at a time.

A source is a folder of ``.txt`` and saved ``.html`` files, a JSONL, CSV or Parquet file with a
``text`` column (and optional ``id, title, outlet, published, url``), or an iterable of such
records (dicts, or a pandas DataFrame). Records are read lazily, so a corpus larger than memory
streams through. A record that cannot be read (a line that is not JSON, a file too large) is still
yielded, carrying its one-line ``error``, so that it is reported beside the others.

Each record is a plain dict (cheap to send to another process) with:

- ``article_id``: the ``id`` field if given, else the file name stem (folders) or the record's
  position counting from 0 (files and iterables), as a string;
- ``title``, ``outlet``, ``published``, ``url``: strings or None;
- ``text`` (str) or ``data`` (the file's bytes, decoded by the worker), ``format`` (``text`` or
  ``html``), ``name`` (how messages name it) and ``error`` (None or the reason it was refused).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path

from .article import MAX_BYTES, ArticleError

META = ("title", "outlet", "published", "url")
TEXT_SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html"}
FILE_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
_BATCH_ROWS = 1000  # rows read at a time from CSV and Parquet files


class CorpusError(ArticleError):
    """A source that cannot be read as a corpus at all; the message is one line."""


def open_source(source) -> tuple[Iterator[dict], int | None]:
    """The records of ``source`` and, where it is cheap to know beforehand, how many there are.

    Raises CorpusError at once for a source that is missing, of an unknown format, or a table
    without a ``text`` column.
    """
    if isinstance(source, (str, Path)):
        path = Path(source)
        if not path.exists():
            raise CorpusError(f"corpus source not found: {path}")
        if path.is_dir():
            files = folder_files(path)
            if not files:
                raise CorpusError(f"no .txt or .html files in {path}")
            return _folder_records(path, files), len(files)
        suffix = path.suffix.lower()
        if suffix in TEXT_SUFFIXES:
            return _folder_records(path.parent, [path]), 1
        kind = FILE_FORMATS.get(suffix)
        if kind == "jsonl":
            return _jsonl_records(path), _count_lines(path)
        if kind == "csv":
            return _csv_records(path), None
        if kind == "parquet":
            return _parquet_records(path)
        raise CorpusError(f"unsupported corpus source {path}: expected a folder, .jsonl, .csv or "
                          ".parquet file (or a single .txt/.html article)")
    if isinstance(source, Mapping):
        raise CorpusError("corpus source is a single record; pass a list of records")
    try:
        import pandas as pd

        if isinstance(source, pd.DataFrame):
            _require_text(source.columns, "the DataFrame")
            return _row_records(source.to_dict("records")), len(source)
    except ImportError:  # pragma: no cover - pandas is a dependency
        pass
    if isinstance(source, Iterable):
        size = len(source) if hasattr(source, "__len__") else None
        return _row_records(source), size
    raise CorpusError(f"corpus source must be a path or an iterable of records, "
                      f"not {type(source).__name__}")


def folder_files(folder: Path) -> list[Path]:
    """The article files under ``folder``, in a stable order; hidden files and folders skipped."""
    files = []
    for path in folder.rglob("*"):
        parts = path.relative_to(folder).parts
        if path.suffix.lower() in TEXT_SUFFIXES and path.is_file() \
                and not any(p.startswith(".") for p in parts):
            files.append(path)
    return sorted(files, key=lambda p: p.relative_to(folder).as_posix())


def _folder_records(folder: Path, files: list[Path]) -> Iterator[dict]:
    for path in files:
        name = path.relative_to(folder).as_posix()
        record = _record(path.stem, {"text": None}, name)
        record["format"] = TEXT_SUFFIXES[path.suffix.lower()]
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                # Not read at all: a file this size is not one article.
                record["error"] = f"{name} is too large ({size:,} bytes, limit {MAX_BYTES:,})"
            else:
                record["data"] = path.read_bytes()
        except OSError as err:
            record["error"] = f"{name} could not be read: {err.strerror or err}"
        yield record


def _jsonl_records(path: Path) -> Iterator[dict]:
    with path.open("rb") as lines:
        row = 0
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except (UnicodeDecodeError, json.JSONDecodeError) as err:
                reason = "is not UTF-8" if isinstance(err, UnicodeDecodeError) else \
                    f"is not valid JSON ({err.msg})"
                yield _failed(row, f"line {number} of {path.name} {reason}")
            else:
                if isinstance(value, dict):
                    yield _record(str(row), value, f"line {number}")
                else:
                    yield _failed(row, f"line {number} of {path.name} is not a JSON object")
            row += 1


def _csv_records(path: Path) -> Iterator[dict]:
    import pandas as pd

    row = 0
    try:
        # Everything as text, and empty cells as "": ids like 007 and dates stay as written.
        chunks = pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=_BATCH_ROWS)
        for chunk in chunks:
            _require_text(chunk.columns, path.name)
            for values in chunk.to_dict("records"):
                yield _record(str(row), values, f"row {row}")
                row += 1
    except UnicodeDecodeError:
        raise CorpusError(f"{path} is not UTF-8 text; re-save it as UTF-8") from None
    except pd.errors.ParserError as err:
        raise CorpusError(f"{path} is not valid CSV: {_first_line(err)}") from None
    except pd.errors.EmptyDataError:
        raise CorpusError(f"{path} is empty") from None


def _parquet_records(path: Path) -> tuple[Iterator[dict], int]:
    import pyarrow.parquet as pq

    try:
        file = pq.ParquetFile(path)
    except Exception as err:  # pyarrow raises several types for a file that is not Parquet
        raise CorpusError(f"{path} is not a Parquet file: {_first_line(err)}") from None
    names = file.schema_arrow.names
    _require_text(names, path.name)
    columns = [c for c in ("id", "text") + META if c in names]

    def records() -> Iterator[dict]:
        row = 0
        for batch in file.iter_batches(batch_size=_BATCH_ROWS, columns=columns):
            for values in batch.to_pylist():
                yield _record(str(row), values, f"row {row}")
                row += 1

    return records(), file.metadata.num_rows


def _row_records(rows: Iterable) -> Iterator[dict]:
    for row, values in enumerate(rows):
        if isinstance(values, Mapping):
            yield _record(str(row), values, f"record {row}")
        else:
            yield _failed(row, f"record {row} is a {type(values).__name__}, not a dict")


def _record(default_id: str, values: Mapping, name: str) -> dict:
    given = _value(values.get("id"))
    record = {"article_id": given if given is not None else default_id}
    for key in META:
        record[key] = _value(values.get(key))
    record.update(text=values.get("text"), data=None, format="text", name=name, error=None)
    if "text" not in values:
        record["error"] = f"{name} has no text field"
    return record


def _failed(row: int, reason: str) -> dict:
    record = _record(str(row), {"text": None}, f"record {row}")
    record["error"] = reason
    return record


def _value(value) -> str | None:
    """A metadata value as a string, or None when missing; dates in ISO 8601."""
    if value is None or (isinstance(value, (float, datetime)) and value != value):  # NaN, NaT
        return None
    if isinstance(value, (datetime, date)):  # pandas Timestamps are datetimes too
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # an id column read as float because of a gap: 7.0 -> "7"
    value = str(value).strip()
    return value or None


def _require_text(columns, name: str) -> None:
    if "text" not in columns:
        raise CorpusError(f"{name} has no 'text' column (columns: {', '.join(map(str, columns))})")


def _count_lines(path: Path) -> int:
    """Non-blank lines, counted without parsing them, for the progress bar."""
    count = 0
    with path.open("rb") as lines:
        for line in lines:
            count += bool(line.strip())
    return count


def _first_line(err: Exception) -> str:
    return (str(err).strip().splitlines() or [type(err).__name__])[0]
