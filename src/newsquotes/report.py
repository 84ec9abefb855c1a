"""Build an article's report: run the notebooks with papermill, then write HTML, tables and summary.

Everything is written into a temporary folder beside the final one and moved into place only when
complete, so a failed run leaves the previous report as it was.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

from . import tables
from .article import read_article, slug

NOTEBOOKS_DIR = Path(__file__).resolve().parents[2] / "notebooks"


class ReportError(RuntimeError):
    """A report could not be built; the message is one line naming the step that failed."""


def report_notebooks(notebooks_dir: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The report's notebooks in the order they run: ``NN_name.ipynb``."""
    return sorted(notebooks_dir.glob("[0-9][0-9]_*.ipynb"))


def summary(text: str, article: str, target: str, aliases: list[str] | None = None) -> dict:
    """Headline figures of the article, all computed from its tables."""
    return {"article": article, **tables.overview(text, target, aliases)}


def write_tables(text: str, out_dir: Path, target: str, aliases: list[str] | None = None) -> None:
    folder = out_dir / "tables"
    folder.mkdir(parents=True, exist_ok=True)
    tables.paragraphs_table(text).to_csv(folder / "paragraphs.csv", index=False)
    tables.sentences_table(text).to_csv(folder / "sentences.csv", index=False)
    tables.top_words(text, n=50).to_csv(folder / "top_words.csv", index=False)
    tables.mentions_table(text, target, aliases).to_csv(folder / "mentions.csv", index=False)


def html_report(executed: list[Path], title: str) -> str:
    """One self-contained HTML page of the executed notebooks' outputs, without the code."""
    merged = nbformat.v4.new_notebook()
    for path in executed:
        merged.cells.extend(nbformat.read(path, as_version=4).cells)
    merged.metadata["title"] = title
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(merged)
    return body


def build_report(article: str | Path, target: str = "Russia", aliases: list[str] | None = None,
                 reports_dir: str | Path = "reports", progress: bool = True) -> Path:
    """Analyse ``article`` for ``target`` and write ``<reports_dir>/<article-slug>/``; return it."""
    import papermill

    given = str(article)
    article = Path(article).resolve()
    text = read_article(given)
    notebooks = report_notebooks()
    if not notebooks:
        raise ReportError(f"no notebooks found in {NOTEBOOKS_DIR}")
    reports_dir = Path(reports_dir)
    reports_dir.mkdir(parents=True, exist_ok=True)
    final = reports_dir / slug(article)
    work = Path(tempfile.mkdtemp(prefix=f".{final.name}-", dir=reports_dir))
    try:
        parameters = {"article": str(article), "target": target, "aliases": list(aliases or []),
                      "out_dir": str(work.resolve())}
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
        write_tables(text, work, target, aliases)
        facts = summary(text, given, target, aliases)
        (work / "summary.json").write_text(json.dumps(facts, indent=2, ensure_ascii=False) + "\n")
        title = facts["headline"] or article.stem
        html = html_report([work / n.name for n in notebooks], title)
        (work / "report.html").write_text(html, encoding="utf-8")
        _replace(work, final)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return final


def _replace(new: Path, final: Path) -> None:
    """Move ``new`` to ``final``, keeping the old ``final`` until the new one is in place."""
    old = final.with_name(f".{final.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        final.rename(old)
    new.rename(final)
    shutil.rmtree(old, ignore_errors=True)
