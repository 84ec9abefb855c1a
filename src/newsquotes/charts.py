"""Charts that read at a glance, and saving them as PNG and SVG byte for byte the same each run."""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

plt.rcParams.update({
    "figure.dpi": 100,
    "savefig.dpi": 120,
    "font.size": 11,
    "axes.spines.top": False,
    "axes.spines.right": False,
    # A fixed salt makes SVG element ids, and so the file, identical on every run.
    "svg.hashsalt": "newsquotes",
})


def save_figure(fig: plt.Figure, out_dir: str | Path | None, name: str) -> list[Path]:
    """Write ``fig`` as ``<out_dir>/figures/<name>.png`` and ``.svg``; nothing when out_dir is empty.

    Dates and software versions are left out of the files' metadata so the same input gives the
    same bytes.
    """
    if not out_dir:
        return []
    folder = Path(out_dir) / "figures"
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{name}.png", folder / f"{name}.svg"]
    fig.savefig(paths[0], bbox_inches="tight", metadata={"Software": None})
    fig.savefig(paths[1], bbox_inches="tight", metadata={"Date": None, "Creator": None})
    return paths


def bar_chart(table: pd.DataFrame, label: str, value: str, title: str, xlabel: str) -> plt.Figure:
    """Horizontal bars, largest on top, each labelled with its value."""
    height = max(2.5, 0.35 * len(table) + 1.2)
    fig, ax = plt.subplots(figsize=(7, height))
    rows = table.iloc[::-1]
    bars = ax.barh(rows[label].astype(str), rows[value], color="#3b6ea8")
    ax.bar_label(bars, padding=3, fontsize=9)
    ax.set_title(title, loc="left", fontweight="bold")
    ax.set_xlabel(xlabel)
    ax.margins(x=0.12)
    fig.tight_layout()
    return fig


def mentions_strip(sentences: pd.DataFrame, mentions: pd.DataFrame, target: str) -> plt.Figure:
    """Mentions of the target per sentence, along the article, boilerplate sentences greyed."""
    counts = mentions.groupby("sentence_id").size().reindex(sentences.sentence_id, fill_value=0)
    fig, ax = plt.subplots(figsize=(8, 2.6))
    colours = ["#bbbbbb" if b else "#a83b3b" for b in sentences.is_boilerplate]
    ax.bar(sentences.sentence_id, counts.to_numpy(), color=colours, width=0.8)
    ax.set_xlabel("sentence (article order)")
    ax.set_ylabel("mentions")
    ax.set_title(f"Where {target} is mentioned", loc="left", fontweight="bold")
    ax.yaxis.get_major_locator().set_params(integer=True)
    fig.tight_layout()
    return fig
