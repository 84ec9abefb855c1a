"""Build an article's report: run the notebooks with papermill, then write HTML, tables and summary.

Everything is written into a temporary folder beside the final one and moved into place only when
complete, so a failed run leaves the previous report as it was.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

import nbformat
import pandas as pd
from nbconvert import HTMLExporter

from . import tables
from .analysis import analyse
from .article import read_article, slug
from .files import replace_folder
from .summary import summarise, summary_markdown

NOTEBOOKS_DIR = Path(__file__).resolve().parents[2] / "notebooks"
CORPUS_NOTEBOOK = "corpus.ipynb"


class ReportError(RuntimeError):
    """A report could not be built; the message is one line naming the step that failed."""


def report_notebooks(notebooks_dir: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The article report's notebooks in the order they run: ``NN_name.ipynb``."""
    return sorted(notebooks_dir.glob("[0-9][0-9]_*.ipynb"))


def write_outputs(analysis, article: str, out_dir: Path) -> dict:
    """The tables as CSV, and summary.json and summary.md, all from ``analysis``."""
    folder = out_dir / "tables"
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("paragraphs", "sentences", "quotes", "actors", "mentions"):
        getattr(analysis, name).to_csv(folder / f"{name}.csv", index=False)
    tables.top_words(analysis.text, n=50).to_csv(folder / "top_words.csv", index=False)
    facts = {"article": article, **summarise(analysis)}
    (out_dir / "summary.json").write_text(
        json.dumps(facts, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (out_dir / "summary.md").write_text(summary_markdown(facts), encoding="utf-8")
    return facts


def html_report(executed: list[Path], title: str) -> str:
    """One self-contained HTML page of the executed notebooks' outputs, without the code.

    Figures are embedded as data, and no script is loaded from the network (no MathJax), so
    the page opens offline, from a file or an e-mail attachment.
    """
    merged = nbformat.v4.new_notebook()
    for path in executed:
        merged.cells.extend(nbformat.read(path, as_version=4).cells)
    merged.metadata["title"] = title
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, mathjax_url="")
    body, _ = exporter.from_notebook_node(merged)
    body = re.sub(r'<script[^>]*src="https?://[^"]*"[^>]*>\s*</script>', "", body)
    return body.replace("</head>", _READABLE_TABLES + "</head>", 1)


# Text reads from the left: pandas' tables right-align every cell.
_READABLE_TABLES = """<style>
.jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th { text-align: left !important; vertical-align: top; }
.jp-RenderedHTMLCommon { max-width: 1100px; }
</style>
"""


def _run(notebooks: list[Path], work: Path, parameters: dict, progress: bool) -> None:
    import papermill

    for notebook in notebooks:
        try:
            papermill.execute_notebook(
                str(notebook), str(work / notebook.name), parameters=parameters,
                kernel_name="python3", cwd=str(notebook.parent), progress_bar=progress,
            )
        except papermill.PapermillExecutionError as err:
            raise ReportError(
                f"notebook {notebook.name} failed in cell {err.exec_count}: "
                f"{err.ename}: {err.evalue}"
            ) from None


def build_report(article: str | Path, target: str = "Russia", aliases: list[str] | None = None,
                 reports_dir: str | Path = "reports", progress: bool = True) -> Path:
    """Analyse ``article`` for ``target`` and write ``<reports_dir>/<article-slug>/``; return it."""
    given = str(article)
    article = Path(article).resolve()
    text = read_article(given)
    notebooks = report_notebooks()
    if not notebooks:
        raise ReportError(f"no notebooks found in {NOTEBOOKS_DIR}")
    analysis = analyse(text, target, aliases)
    with _workspace(reports_dir, slug(article)) as (final, work):
        _run(notebooks, work, {"article": str(article), "target": target,
                               "aliases": list(aliases or []), "out_dir": str(work.resolve())},
             progress)
        facts = write_outputs(analysis, given, work)
        html = html_report([work / n.name for n in notebooks], facts["headline"] or article.stem)
        (work / "report.html").write_text(html, encoding="utf-8")
    return final


def build_corpus_report(source: str | Path, target: str = "Russia",
                        aliases: list[str] | None = None, reports_dir: str | Path = "reports",
                        progress: bool = True) -> Path:
    """Run the corpus notebook on ``source`` and write ``<reports_dir>/corpus-<name>/``."""
    source = Path(source)
    if not source.exists():
        raise ReportError(f"corpus not found: {source}")
    notebook = NOTEBOOKS_DIR / CORPUS_NOTEBOOK
    with _workspace(reports_dir, "corpus-" + slug(source)) as (final, work):
        _run([notebook], work, {"corpus": str(source.resolve()), "target": target,
                                "aliases": list(aliases or []), "out_dir": str(work.resolve())},
             progress)
        html = html_report([work / notebook.name], f"Corpus: {source.name}")
        (work / "report.html").write_text(html, encoding="utf-8")
    return final


@contextmanager
def _workspace(reports_dir: str | Path, name: str):
    """(final folder, temporary folder beside it): what is written to the temporary folder
    replaces the final one if the block completes, and is deleted if it fails."""
    reports_dir = Path(reports_dir)
    reports_dir.mkdir(parents=True, exist_ok=True)
    final = reports_dir / name
    work = Path(tempfile.mkdtemp(prefix=f".{final.name}-", dir=reports_dir))
    try:
        yield final, work
        replace_folder(work, final)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise


def screenshot(html: Path, png: Path, width: int = 1100, height: int = 4200) -> Path:
    """Render ``html`` in headless Chromium to ``png``: what a reader sees, to look at."""
    import subprocess

    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which(
        "google-chrome")
    if browser is None:
        raise ReportError("no Chromium found: install Debian's chromium package for screenshots")
    png.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--hide-scrollbars", f"--user-data-dir={profile}",
             f"--window-size={width},{height}", f"--screenshot={png.resolve()}",
             html.resolve().as_uri()],
            check=True, capture_output=True, timeout=120)
    return png


def write_article_views(source, target: str, aliases: list[str] | None, out_dir: str | Path,
                        limit: int = 200) -> pd.DataFrame:
    """One annotated page per article of a corpus, ``<out_dir>/articles/<id>.html``, for the
    corpus report to link to; with an empty ``out_dir`` nothing is written and links are empty.

    Columns: article_id, title, n_quotes, link (relative to the report). Articles that cannot be
    analysed are left out (they are in the corpus's ``errors`` table); at most ``limit`` pages.
    """
    from .annotate import annotated_article
    from .article import ArticleError
    from .corpus import article_text
    from .corpus_sources import open_source

    folder = Path(out_dir) / "articles" if out_dir else None
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    records, _ = open_source(source)
    rows = []
    for record in itertools.islice(records, limit):
        try:
            text, meta = article_text(record, {"title": record.get("title")})
        except ArticleError:
            continue
        analysis = analyse(text, target, aliases)
        title = meta.get("title") or tables.headline(text) or str(record["article_id"])
        n_quotes = int((analysis.quotes.kind != "scare").sum())
        link = ""
        if folder is not None:
            name = f"{slug(str(record['article_id']))}.html"
            quotes = analysis.quotes[["speaker", "kind", "text", "stance"]].round({"stance": 2})
            page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}'
                    f"</title></head><body><h1>{html.escape(title)}</h1>"
                    f"{annotated_article(analysis)}<h2>Quotes</h2>"
                    f"{quotes.to_html(index=False)}</body></html>")
            (folder / name).write_text(page, encoding="utf-8")
            link = f"articles/{name}"
        rows.append((str(record["article_id"]), title, n_quotes, link))
    return pd.DataFrame(rows, columns=["article_id", "title", "n_quotes", "link"])
