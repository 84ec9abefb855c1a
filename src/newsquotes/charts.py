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


def save_figure(fig: plt.Figure, out_dir: str | Path | None, name: str) -> None:
    """Write ``fig`` as ``<out_dir>/figures/<name>.png`` and ``.svg``; nothing when out_dir is empty.

    Dates and software versions are left out of the files' metadata so the same input gives the
    same bytes. Returns nothing, so a notebook cell that ends with it shows only the figure.
    """
    if not out_dir:
        return
    folder = Path(out_dir) / "figures"
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{name}.png", folder / f"{name}.svg"]
    fig.savefig(paths[0], bbox_inches="tight", metadata={"Software": None})
    fig.savefig(paths[1], bbox_inches="tight", metadata={"Date": None, "Creator": None})


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


UNAFFILIATED = "no affiliation given"
_PALETTE = ["#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2", "#edc948",
            "#ff9da7", "#9c755f", "#86bcb6", "#d37295", "#8cd17d", "#499894", "#f1ce63"]


def affiliation_colours(actors: pd.DataFrame) -> dict[str, str]:
    """One colour per affiliation, the same in every chart of a report.

    Affiliations are coloured in alphabetical order, so the colours depend only on which
    affiliations the article has; actors without one are grey.
    """
    names = sorted({a for a in actors.affiliation if isinstance(a, str) and a})
    colours = {name: _PALETTE[i % len(_PALETTE)] for i, name in enumerate(names)}
    colours[UNAFFILIATED] = "#9d9d9d"
    return colours


def affiliation_of(actors: pd.DataFrame) -> pd.Series:
    return actors.affiliation.map(lambda a: a if isinstance(a, str) and a else UNAFFILIATED)


def voice_chart(actors: pd.DataFrame, top: int = 15) -> plt.Figure:
    """Words quoted per actor, largest on top, coloured by affiliation, quotes counted beside."""
    table = actors.sort_values(["words_quoted", "actor"], ascending=[False, True]).head(top)
    colours = affiliation_colours(actors)
    groups = affiliation_of(table)
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.42 * len(table) + 1.4)))
    if table.empty:
        ax.text(0.5, 0.5, "No quotes found", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    rows = table.iloc[::-1]
    bars = ax.barh(rows.actor, rows.words_quoted, color=[colours[g] for g in groups.iloc[::-1]])
    ax.bar_label(bars, labels=[f"{w} words, {n} quote{'s' if n != 1 else ''}"
                               for w, n in zip(rows.words_quoted, rows.n_quotes)],
                 padding=3, fontsize=9)
    ax.set_xlabel("words quoted")
    ax.set_title("Who gets voice", loc="left", fontweight="bold")
    ax.margins(x=0.35)
    present = list(dict.fromkeys(groups))
    handles = [plt.Rectangle((0, 0), 1, 1, color=colours[g]) for g in present]
    ax.legend(handles, present, title="affiliation", loc="lower right", fontsize=9,
              title_fontsize=9, frameon=False)
    fig.tight_layout()
    return fig


def stance_chart(actors: pd.DataFrame, target: str) -> plt.Figure:
    """Each actor's stance toward the target as a diverging bar, quotes behind it labelled."""
    table = actors[actors.stance.notna()].sort_values(["stance", "actor"])
    colours = affiliation_colours(actors)
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.42 * len(table) + 1.6)))
    if table.empty:
        ax.text(0.5, 0.5, f"No quoted actor says anything about {target}", ha="center",
                va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    bars = ax.barh(table.actor, table.stance,
                   color=[colours[g] for g in affiliation_of(table)])
    ax.bar_label(bars, labels=[f"{s:+.2f} ({n} quote{'s' if n != 1 else ''})"
                               for s, n in zip(table.stance, table.n_target_quotes)],
                 padding=4, fontsize=9)
    ax.axvline(0, color="#333", linewidth=0.8)
    ax.set_xlim(-1.35, 1.35)
    ax.set_xticks([-1, -0.5, 0, 0.5, 1])
    ax.set_xlabel(f"stance toward {target}  (−1 critical … +1 supportive)")
    ax.set_title(f"How each actor leans toward {target}", loc="left", fontweight="bold")
    fig.tight_layout()
    return fig


def sentiment_along(sentences: pd.DataFrame, quotes: pd.DataFrame, actors: pd.DataFrame,
                    target: str) -> plt.Figure:
    """Sentiment toward the target sentence by sentence, with each quote marked by speaker."""
    colours = affiliation_colours(actors)
    group_of = dict(zip(actors.actor, affiliation_of(actors)))
    fig, ax = plt.subplots(figsize=(9, 3.6))
    scored = sentences[sentences.target_sentiment.notna()]
    ax.axhline(0, color="#333", linewidth=0.8)
    # Grey bars: the bar's direction gives the sign, and colour stays for speakers.
    ax.bar(scored.sentence_id, scored.target_sentiment, width=0.8, color="#6b6b6b",
           label=f"sentiment toward {target}")
    spoken = quotes[quotes.speaker.notna()]
    groups = spoken.speaker.map(lambda a: group_of.get(a, UNAFFILIATED))
    seen = set()
    for group, rows in spoken.groupby(groups, sort=True):
        ax.scatter(rows.sentence_id, [1.12] * len(rows), marker="v", s=40,
                   color=colours.get(group, "#9d9d9d"), label=f"quote: {group}", zorder=3)
        seen.add(group)
    ax.set_ylim(-1.05, 1.25)
    ax.set_xlim(-0.5, max(len(sentences) - 0.5, 0.5))
    ax.set_xlabel("sentence (article order); triangles: quotes, coloured by the speaker's "
                  "affiliation")
    ax.set_ylabel("score")
    ax.set_title(f"Sentiment toward {target} along the article", loc="left",
                 fontweight="bold")
    if len(seen) <= 12:
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    fig.tight_layout()
    return fig
