"""The series report as one self-contained HTML file: versions, a summary per step, the items timeline and
the history of the clauses that changed.

Its content comes from the same helpers as the Word series report (:mod:`compare.export.report_series`)
and its look from the two-version HTML report, so the three never disagree.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from html import escape
from pathlib import Path

from ..model import ComparisonSeries, ItemState
from .atomic import atomic_write_text
from .report_docx import summary_lines
from .report_html import _CSS
from .report_series import (
    NO_TIMELINE,
    STATE_MARK,
    changed_histories,
    step_title,
    version_rows,
)

_STATE_CLASS = {ItemState.ADDED: "added", ItemState.REMOVED: "removed", ItemState.MODIFIED: "modified"}
_SERIES_CSS = """
table.steps { width: auto; }
table.steps td { vertical-align: top; border: none; padding: 0 1.5em 0 0; }
table.timeline td.state { text-align: center; width: 2.6em; }
table.timeline td.added { background: #E2F0D9; }
table.timeline td.removed { background: #FBE4E4; }
table.timeline td.modified { background: #FFF2CC; }
table.timeline tr.list td { background: #F2F2F2; font-weight: bold; }
"""


def render_series_html(series: ComparisonSeries) -> str:
    first, last = series.versions[0], series.versions[-1]
    title = f"Series: {first.name} … {last.name} ({len(series.versions)} versions)"
    h: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{_CSS}{_SERIES_CSS}</style></head><body>",
        "<h1>Series report</h1>",
        '<table class="meta">',
    ]
    for k, v in [*version_rows(series), ("Compared", series.compared_at.replace("T", " "))]:
        h.append(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>")
    h.append("</table>")
    h += _steps(series)
    h += _timeline(series)
    h += _histories(series)
    h.append("</body></html>")
    return "\n".join(h)


def _steps(series: ComparisonSeries) -> list[str]:
    h = ["<h2>Steps</h2>", '<table class="steps"><tr>']
    for k, step in enumerate(series.steps):
        h.append(f"<td><h3>{escape(step_title(series, k))}</h3>")
        h.append('<table class="summary"><tbody>')
        for name, value in summary_lines(step.result):
            h.append(f'<tr><td>{escape(name)}</td><td class="n">{value}</td></tr>')
        h.append("</tbody></table></td>")
        if k % 3 == 2 and k + 1 < len(series.steps):  # three steps side by side, then a new row
            h.append("</tr><tr>")
    h.append("</tr></table>")
    return h


def _timeline(series: ComparisonSeries) -> list[str]:
    h = ["<h2>List items through the versions</h2>"]
    if not series.items_timeline:
        return [*h, f"<p>{NO_TIMELINE}</p>"]
    n = len(series.versions)
    h.append("<p>✓ present, + added, − removed, ~ modified (from the version before); empty: absent.</p>")
    heads = "".join(f'<th title="{escape(v.name)}">{escape(v.tag)}</th>' for v in series.versions)
    h.append(f'<table class="timeline"><thead><tr><th>Item</th>{heads}<th>History</th></tr></thead><tbody>')
    for group in series.items_timeline:
        h.append(f'<tr class="list"><td colspan="{n + 2}">{escape(group.place)}</td></tr>')
        for item in group.items:
            cells = []
            for k, state in enumerate(item.states):
                cls = " ".join(("state", _STATE_CLASS.get(state, "")))
                tip = escape(item.texts[k] or "")
                cells.append(f'<td class="{cls.strip()}" title="{tip}">{STATE_MARK[state]}</td>')
            h.append(
                f"<tr><td>{escape(item.wording)}</td>{''.join(cells)}<td>{escape(item.summary)}</td></tr>"
            )
    h.append("</tbody></table>")
    return h


def _histories(series: ComparisonSeries) -> list[str]:
    last, first = series.versions[-1], series.versions[0]
    h = [f"<h2>History of the clauses of {escape(last.tag)}</h2>"]
    rows = changed_histories(series)
    if not rows:
        return [*h, f"<p>Every clause of {escape(last.tag)} is as it was in {escape(first.tag)}.</p>"]
    h.append(f"<p>Clauses of {escape(last.tag)} added or reworded since {escape(first.tag)}.</p>")
    h.append("<table><thead><tr><th>Clause</th><th>Text</th><th>History</th></tr></thead><tbody>")
    for where, text, summary in rows:
        h.append(
            f'<tr><td class="label">{escape(where)}</td><td class="text">{escape(text)}</td>'
            f"<td>{escape(summary)}</td></tr>"
        )
    h.append("</tbody></table>")
    return h


def write_series_html(
    series: ComparisonSeries, path: str | os.PathLike, *, inputs: Iterable[str | os.PathLike] = ()
) -> Path:
    """Write the HTML series report atomically (never over one of ``inputs``)."""
    return atomic_write_text(path, render_series_html(series), inputs)
