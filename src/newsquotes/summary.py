"""The headline summary an analyst can quote, in plain words, computed from the tables alone."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from .stance import NEUTRAL_BAND


def _lean(stance: float) -> str:
    if math.isnan(stance):
        return "none"
    if stance >= NEUTRAL_BAND:
        return "supportive"
    if stance <= -NEUTRAL_BAND:
        return "critical"
    return "neutral"


def _who(row) -> str:
    aff = row.affiliation
    if isinstance(aff, str) and aff and aff != row.actor:
        return f"{row.actor} ({aff})"
    return row.actor


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def summarise(analysis) -> dict:
    """Figures and sentences describing the article: quotes, voice, and leaning toward the target.

    Every number is read from ``analysis``'s tables, so the summary always agrees with them.
    """
    quotes, actors, target = analysis.quotes, analysis.actors, analysis.target
    spoken = quotes[quotes.kind != "scare"]
    kinds = spoken.kind.value_counts()
    n_speakers = int(len(actors))
    facts = {
        "headline": next((p.text for p in analysis.paragraphs.itertuples()
                          if p.role == "headline"), None),
        "target": target,
        "n_words": int(sum(len(t.split()) for t in analysis.sentences.text)),
        "n_sentences": int(len(analysis.sentences)),
        "n_quotes": int(len(spoken)),
        "n_direct": int(kinds.get("direct", 0)),
        "n_partial": int(kinds.get("partial", 0)),
        "n_indirect": int(kinds.get("indirect", 0)),
        "n_scare": int((quotes.kind == "scare").sum()),
        "n_unattributed": int(spoken.speaker.isna().sum()),
        "n_speakers": n_speakers,
        "n_target_mentions": int(len(analysis.mentions)),
        "voice": [
            {"actor": r.actor, "affiliation": r.affiliation, "n_quotes": int(r.n_quotes),
             "words_quoted": int(r.words_quoted), "share_of_voice": round(r.share_of_voice, 4)}
            for r in actors.itertuples()
        ],
        "stance": [
            {"actor": r.actor, "stance": round(float(r.stance), 4), "lean": _lean(r.stance),
             "n_target_quotes": int(r.n_target_quotes)}
            for r in actors.itertuples() if not math.isnan(r.stance)
        ],
    }
    scored = analysis.sentences.target_sentiment.dropna()
    facts["article_sentiment"] = round(float(scored.mean()), 4) if len(scored) else None
    facts["n_target_sentences"] = int(len(scored))
    facts["text"] = _sentences(facts, actors, target)
    return facts


def _sentences(facts: dict, actors: pd.DataFrame, target: str) -> list[str]:
    out = []
    if facts["n_quotes"] == 0:
        out.append("No quotes were found in this article: nobody is given a voice in it.")
    else:
        out.append(
            f"The article quotes {facts['n_speakers']} speaker"
            f"{'s' if facts['n_speakers'] != 1 else ''} {facts['n_quotes']} times "
            f"({facts['n_direct']} direct, {facts['n_partial']} partial, "
            f"{facts['n_indirect']} reported speech).")
        top = actors.head(3)
        first = top.iloc[0]
        line = (f"{_who(first)} gets most voice, {first.share_of_voice:.0%} of the quoted "
                f"words in {first.n_quotes} quote{'s' if first.n_quotes != 1 else ''}")
        rest = [f"{_who(r)} ({r.share_of_voice:.0%})" for r in top.iloc[1:].itertuples()]
        out.append(line + (f", followed by {_join(rest)}." if rest else "."))
    if facts["n_target_mentions"] == 0:
        out.append(f"The article does not mention {target}, so no stance toward it is measured.")
        return out
    groups: dict[str, list[str]] = {"supportive": [], "critical": [], "neutral": []}
    for row in actors.itertuples():
        lean = _lean(row.stance)
        if lean in groups:
            groups[lean].append(_who(row))
    parts = []
    if groups["supportive"]:
        parts.append(f"{_join(groups['supportive'])} "
                     f"{'lean' if len(groups['supportive']) > 1 else 'leans'} toward {target}")
    if groups["critical"]:
        parts.append(f"{_join(groups['critical'])} "
                     f"{'are' if len(groups['critical']) > 1 else 'is'} critical of {target}")
    if groups["neutral"]:
        parts.append(f"{_join(groups['neutral'])} "
                     f"{'are' if len(groups['neutral']) > 1 else 'is'} neutral")
    if parts:
        out.append("Toward " + target + ": " + "; ".join(parts) + ".")
    elif facts["n_quotes"]:
        out.append(f"None of the quoted speakers says anything about {target}.")
    if facts["article_sentiment"] is not None:
        lean = _lean(facts["article_sentiment"])
        word = {"supportive": "favourably", "critical": "unfavourably",
                "neutral": "neutrally"}[lean]
        out.append(f"Across the {facts['n_target_sentences']} sentences that mention {target}, "
                   f"the article treats it {word} (mean score {facts['article_sentiment']:+.2f} "
                   "on a scale from -1 to +1).")
    return out


def summary_markdown(facts: dict) -> str:
    """summary.md: the headline summary as a short Markdown document."""
    title = facts.get("headline") or facts.get("article", "Article")
    lines = [f"# {title}", "", f"Target: **{facts['target']}**", ""]
    lines += [f"- {sentence}" for sentence in facts["text"]]
    return "\n".join(lines) + "\n"


EVALUATION = Path(__file__).resolve().parents[2] / "docs" / "evaluation.md"


def method_and_limits(evaluation: Path = EVALUATION) -> str:
    """The report's "method and limits" section, with the measured figures of docs/evaluation.md."""
    text = [
        "**What counts as a quote.** Words in quote marks attributed to a speaker by a reporting "
        "verb beside them (*direct*: a sentence or clause of their own; *partial*: a fragment in "
        "the writer's sentence); reported speech without quote marks after a reporting verb or "
        "*according to* (*indirect*); quote marks nobody is said to have spoken are *scare* "
        "quotes and give no one a voice. Pronouns, roles (\"the minister\", \"the company\") "
        "and surnames are resolved to the actors the article names; captions and \"Related:\" "
        "lines are left out.",
        "",
        "**How stance is scored.** Every reference to the target (its names, and descriptions "
        "the article ties to it such as \"the company\") gets a polarity from a "
        "target-dependent classifier trained on NewsMTSC (political news sentences); a quote's "
        "stance is the mean over the references in its sentences and to the target's acts "
        "(\"the cuts\"), or else the clear lean of the sentences around it; an actor's is the "
        "mean over their quotes and over sentences where the article has them act on the "
        "target, and the target's own people start from one statement in its favour. "
        "Stance is not tone: words like \"terrorist\" in a defence of the target do not make it "
        "negative toward it.",
        "",
        "**Limits.** Rules, not a parser: unusual sentence shapes can defeat the attribution; "
        "the classifier reads one sentence at a time; sarcasm and stance implied across "
        "paragraphs are not seen. Check the annotated article above before quoting figures.",
    ]
    if evaluation.exists():
        rows = [line for line in evaluation.read_text(encoding="utf-8").splitlines()
                if line.startswith("|") and ("**all**" in line or "macro" in line.lower()
                                             or line.startswith("|---") or "split" in line)]
        if rows:
            text += ["", "**Measured accuracy** (from `docs/evaluation.md`):", "", *rows]
    return "\n".join(text) + "\n"


def summary_text(analysis) -> str:
    """The headline summary as Markdown, for the top of the report."""
    facts = summarise(analysis)
    title = f"**{facts['headline']}**\n\n" if facts["headline"] else ""
    return title + "\n".join(f"- {sentence}" for sentence in facts["text"]) + "\n"
