"""The main text and metadata of a saved news web page, extracted offline with trafilatura.

Menus, footers, share buttons and comments are left out; what remains is the article's prose, one
paragraph per line, which is the form ``analyse()`` reads. Nothing is fetched: the page is parsed
as it was saved.
"""

from __future__ import annotations

import codecs
import re

from .article import ArticleError, decode_article

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode_html(data: bytes, name: str = "page") -> str:
    """A saved page's bytes as text: UTF-8, or the charset its ``<meta>`` declares.

    Binary and empty files are refused as for text articles, with the same one-line reasons.
    """
    declared = _CHARSET.search(data[:4096])
    encoding = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    try:
        encoding = codecs.lookup(encoding).name
    except LookupError:
        encoding = "utf-8"
    if encoding != "utf-8" and b"\x00" not in data[:8192]:
        try:
            data = data.decode(encoding).encode("utf-8")
        except UnicodeDecodeError:
            pass  # the declaration is wrong; decode_article names the bad byte
    return decode_article(data, name)


def html_article(html: str, name: str = "page") -> tuple[str, dict]:
    """The article text of ``html`` and its metadata: ``title``, ``outlet``, ``published``, ``url``.

    Metadata the page does not give is None. The headline is put first, as in a text article, when
    the extracted body does not already start with it.
    """
    import trafilatura  # imported here: it takes a moment and only HTML input needs it

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False, output_format="python")
    if doc is None:
        raise ArticleError(f"{name} has no article text that could be extracted")
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (meta.get("text") or "").strip()
    if not text:
        raise ArticleError(f"{name} has no article text that could be extracted")
    title = _clean(meta.get("title"))
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return text + "\n", {
        "title": title,
        "outlet": _clean(meta.get("sitename")),
        # Only a date the page states; trafilatura's ``filedate`` is the day of extraction.
        "published": _clean(meta.get("date")),
        "url": _clean(meta.get("url")),
    }


def _clean(value) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None
