"""The annotated article: the full text as HTML, every quote highlighted in its speaker's colour
with the speaker named, target mentions underlined and boilerplate dimmed.

It is drawn from the tables' offsets and nothing else, so what a reader checks here is exactly
what the tables say.
"""

from __future__ import annotations

import html

import pandas as pd

from .charts import affiliation_colours, affiliation_of

STYLE = """
<style>
.nq-article { font-family: Georgia, serif; font-size: 15px; line-height: 1.6; max-width: 46em; }
.nq-article p { margin: 0 0 0.8em 0; }
.nq-article p.nq-headline { font-size: 1.3em; font-weight: bold; }
.nq-article p.nq-boilerplate { color: #999; font-size: 0.9em; }
.nq-article mark { border-radius: 3px; padding: 0 1px; color: inherit; }
.nq-article mark.nq-scare { background: none; border-bottom: 1px dotted #888; }
.nq-article mark.nq-indirect { background: none !important; border-bottom: 3px solid; }
.nq-article .nq-who { font-family: sans-serif; font-size: 0.7em; font-weight: bold;
  color: #333; vertical-align: super; margin-right: 2px; }
.nq-article u.nq-target { text-decoration: underline 2px #c0392b; text-underline-offset: 3px; }
.nq-legend { font-family: sans-serif; font-size: 12px; margin-bottom: 1em; }
.nq-legend span { display: inline-block; padding: 1px 6px; margin: 2px 4px 2px 0;
  border-radius: 3px; }
</style>
"""


def _tint(colour: str, alpha: str = "55") -> str:
    """The actor's colour as a light highlight (hex with alpha), so text stays readable."""
    return f"{colour}{alpha}"


def annotated_html(text: str, paragraphs: pd.DataFrame, quotes: pd.DataFrame,
                   actors: pd.DataFrame, mentions: pd.DataFrame | None = None,
                   target: str | None = None) -> str:
    """The article as HTML with quotes, speakers, target mentions and boilerplate marked."""
    colours = affiliation_colours(actors)
    actor_colour = dict(zip(actors.actor, (colours[g] for g in affiliation_of(actors))))
    spans = []  # (start, end, kind, payload)
    for q in quotes.itertuples():
        colour = actor_colour.get(q.speaker, "#9d9d9d")
        spans.append((q.start, q.end, "quote", (q.kind, q.speaker, colour, q.quote_id)))
    if mentions is not None:
        for m in mentions.itertuples():
            spans.append((m.start, m.end, "mention", None))
    out = [STYLE, '<div class="nq-article">', _legend(actors, colours, target)]
    for p in paragraphs.itertuples():
        cls = ("nq-boilerplate" if p.is_boilerplate else
               "nq-headline" if p.role == "headline" else "")
        inside = [s for s in spans if s[0] < p.end and s[1] > p.start]
        out.append(f'<p class="{cls}">' + _paragraph(text, p.start, p.end, inside) + "</p>")
    out.append("</div>")
    return "\n".join(out)


def _legend(actors: pd.DataFrame, colours: dict[str, str], target: str | None) -> str:
    items = []
    for actor, group in zip(actors.actor, affiliation_of(actors)):
        items.append(f'<span style="background:{_tint(colours[group])}">'
                     f"{html.escape(actor)}</span>")
    under = (f' <u class="nq-target">{html.escape(target)}</u> mentions underlined;'
             if target else "")
    return ('<div class="nq-legend">Speakers: ' + "".join(items) + "<br>" + under +
            " reported speech has a coloured underline; dotted: scare quotes; grey: "
            "boilerplate.</div>")


def _paragraph(text: str, start: int, end: int, spans: list[tuple]) -> str:
    cuts = sorted({start, end, *(max(start, min(end, x)) for s in spans for x in s[:2])})
    parts = []
    for a, b in zip(cuts, cuts[1:]):
        piece = html.escape(text[a:b])
        quote = next((s for s in spans if s[2] == "quote" and s[0] <= a and b <= s[1]), None)
        mention = any(s[2] == "mention" and s[0] <= a and b <= s[1] for s in spans)
        if mention:
            piece = f'<u class="nq-target">{piece}</u>'
        if quote:
            kind, speaker, colour, qid = quote[3]
            who = html.escape(speaker) if speaker else "no speaker"
            title = f'{who} ({kind}, quote {qid})'
            style = (f"border-color:{colour}" if kind == "indirect" else
                     "" if kind == "scare" else f"background:{_tint(colour)}")
            label = (f'<span class="nq-who">{who}</span>'
                     if a == quote[0] and speaker else "")
            piece = (f'{label}<mark class="nq-{kind}" style="{style}" title="{title}">'
                     f"{piece}</mark>")
        parts.append(piece)
    return "".join(parts)


def annotated_article(analysis) -> str:
    """The annotated article for an ``Analysis``."""
    return annotated_html(analysis.text, analysis.paragraphs, analysis.quotes, analysis.actors,
                          analysis.mentions, analysis.target)
