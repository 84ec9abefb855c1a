"""Read an article file into text, refusing what is not an article with a one-line reason."""

from __future__ import annotations

import re
from pathlib import Path

# Ten times the longest feature in a Sunday paper; larger inputs are corpora, not articles.
MAX_BYTES = 5_000_000

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
DEFAULT_ARTICLE = DATA_DIR / "russia-syria-geneva-talks-2016.txt"


class ArticleError(ValueError):
    """An input that cannot be analysed; the message is one line naming the problem."""


def read_article(path: str | Path, max_bytes: int = MAX_BYTES) -> str:
    """The article's text, decoded as UTF-8 with line ends normalised to ``\\n``.

    Offsets in every table index this returned string.
    """
    path = Path(path)
    if not path.exists():
        raise ArticleError(f"article not found: {path}")
    if path.is_dir():
        raise ArticleError(f"article path is a folder, not a file: {path}")
    size = path.stat().st_size
    if size > max_bytes:
        raise ArticleError(
            f"article too large: {path} is {size:,} bytes (limit {max_bytes:,}); "
            "split it or use corpus mode"
        )
    return decode_article(path.read_bytes(), str(path))


def decode_article(data: bytes, name: str = "article") -> str:
    """Decode raw bytes as article text, or raise ArticleError saying why they are not one."""
    if b"\x00" in data[:8192]:
        raise ArticleError(f"{name} is a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ArticleError(
            f"{name} is not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start}); "
            "re-save it as UTF-8"
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError(f"{name} is empty")
    if _control_chars(text) > 0.01 * len(text):
        raise ArticleError(f"{name} looks binary: too many control characters for text")
    return text


def _control_chars(text: str) -> int:
    return len(re.findall(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", text))


def slug(path: str | Path) -> str:
    """A folder name for the article's report: its file name, lower-case, words joined by dashes."""
    stem = Path(path).stem.lower()
    return re.sub(r"[^a-z0-9]+", "-", stem).strip("-") or "article"
