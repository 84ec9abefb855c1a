"""Write a trained model as the package ships it: compact JSON, gzipped the same way every
time (no file name or time in the header), so the same model gives the same bytes."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path


def save_model(path: Path, model: dict) -> int:
    """Write ``model`` to ``path`` (folders made as needed); return the file's size in bytes."""
    text = json.dumps(model, separators=(",", ":"), ensure_ascii=False)
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", fileobj=buffer, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write(text.encode("utf-8"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())
    return path.stat().st_size
