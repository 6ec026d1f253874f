"""The comparison report as one self-contained, print-friendly HTML file (inline CSS, nothing fetched).

Content comes from the same helpers as the Word report, so the two never disagree.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from html import escape
from pathlib import Path

from ..model import ComparisonResult
from .atomic import atomic_write_text
from .report_docx import DELETED, INSERTED, NO_ITEMS, item_rows, report_rows, summary_lines, title_rows

_CSS = """
@page { size: A4 landscape; margin: 1.5cm; }
body { font-family: Calibri, "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; color: #222;
       margin: 2em auto; max-width: 1400px; padding: 0 1.5em; line-height: 1.4; }
h1 { font-size: 20pt; margin: 0 0 .4em; color: #1F3864; }
h2 { font-size: 14pt; margin: 1.6em 0 .5em; color: #1F3864; border-bottom: 1px solid #BFC9D9; }
h3 { font-size: 11.5pt; margin: 1.2em 0 .4em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #BFBFBF; padding: 4px 7px; vertical-align: top; text-align: left; }
th { background: #D9E2F3; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
table.meta td, table.meta th { border: none; padding: 2px 12px 2px 0; background: none; }
table.summary { width: auto; min-width: 22em; }
table.summary td.n { text-align: right; font-variant-numeric: tabular-nums; }
td.label { white-space: nowrap; width: 7em; }
td.text { width: 40%; white-space: pre-wrap; }
td.change { font-style: italic; width: 10em; }
tr.added td.change { background: #E2F0D9; }
tr.removed td.change { background: #FBE4E4; }
tr.moved td.change { background: #FFF2CC; }
tr.collapsed td { text-align: center; font-style: italic; color: #666; background: #F2F2F2; }
del { color: #C00000; text-decoration: line-through; }
ins { color: #1E7B34; text-decoration: underline; }
@media print { body { margin: 0; max-width: none; padding: 0; } h2 { page-break-after: avoid; } }
"""


def _runs(runs: list[tuple[str, str]]) -> str:
    out = []
    for text, style in runs:
        t = escape(text)
        out.append(f"<del>{t}</del>" if style == DELETED else f"<ins>{t}</ins>" if style == INSERTED else t)
    return "".join(out)


def render_html(
    result: ComparisonResult, collapse_unchanged: bool = True, ignore_renumbering: bool = False
) -> str:
    a, b = result.a.document, result.b.document
    h: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Comparison: {escape(a.name)} → {escape(b.name)}</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>Comparison report</h1>",
        '<table class="meta">',
    ]
    h += [f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in title_rows(result)]
    h.append('</table><h2>Summary</h2><table class="summary">')
    h += [f'<tr><td>{escape(k)}</td><td class="n">{v}</td></tr>' for k, v in summary_lines(result)]
    h.append("</table><h2>List items</h2>")
    groups = item_rows(result)
    if not groups:
        h.append(f"<p>{NO_ITEMS}</p>")
    for title, rows in groups:
        h.append(f"<h3>{escape(title)}</h3><table><thead><tr><th>Item</th><th>List</th><th>Clause</th></tr>")
        h.append("</thead><tbody>")
        h += [f"<tr><td>{escape(i)}</td><td>{escape(li)}</td><td>{escape(c)}</td></tr>" for i, li, c in rows]
        h.append("</tbody></table>")
    h.append("<h2>Clauses side by side</h2>")
    h.append(
        "<p>Deleted text is <del>struck through in red</del>; "
        "inserted text is <ins>underlined in green</ins>.</p>"
    )
    h.append(
        '<table class="clauses"><thead><tr><th>Clause</th><th>Original</th><th>Revised</th>'
        "<th>Change</th></tr></thead><tbody>"
    )
    for row in report_rows(result, collapse_unchanged, ignore_renumbering):
        if row.collapsed:
            h.append(f'<tr class="collapsed"><td colspan="4">{escape(row.change)}</td></tr>')
            continue
        h.append(
            f'<tr class="{row.status}"><td class="label">{escape(row.label)}</td>'
            f'<td class="text">{_runs(row.old)}</td><td class="text">{_runs(row.new)}</td>'
            f'<td class="change">{escape(row.change)}</td></tr>'
        )
    h.append("</tbody></table>")
    h.append(
        '<p style="color:#666;font-size:9pt;margin-top:2em">'
        f"Made by Clausediff on {escape(result.compared_at)}.</p>"
    )
    h.append("</body></html>")
    return "\n".join(h) + "\n"


def write_html_report(
    result: ComparisonResult,
    path: str | os.PathLike,
    *,
    inputs: Iterable[str | os.PathLike] = (),
    collapse_unchanged: bool = True,
    ignore_renumbering: bool = False,
) -> Path:
    """Write the comparison report as one self-contained HTML file."""
    return atomic_write_text(path, render_html(result, collapse_unchanged, ignore_renumbering), inputs)
