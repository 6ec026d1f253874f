"""A Word report of a series of versions: the versions, one summary table per step, the items timeline and
the history of each clause of the last version that changed along the way.

The same page, fonts and table look as the two-version report (:mod:`compare.export.report_docx`), whose
summary lines each step's table repeats, so a step reads in the series report as in its own report.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ..model import ComparisonSeries, ItemState, Kind
from .atomic import atomic_write
from .report_docx import _fix_widths, _header_row, _page_setup, _row_adder, _set_cell_shading, summary_lines

# what a timeline cell shows for each state, and its shading (the colours of the two-version report)
STATE_MARK = {
    ItemState.ABSENT: "",
    ItemState.PRESENT: "✓",
    ItemState.ADDED: "+",
    ItemState.REMOVED: "−",
    ItemState.MODIFIED: "~",
}
STATE_FILL = {ItemState.ADDED: "E2F0D9", ItemState.REMOVED: "FBE4E4", ItemState.MODIFIED: "FFF2CC"}
NO_TIMELINE = "No list items changed in any step."


def version_rows(series: ComparisonSeries) -> list[tuple[str, str]]:
    """(tag, "name (modified …)") for every version, in order."""
    return [
        (v.tag, v.name + (f" (modified {v.document.modified})" if v.document.modified else ""))
        for v in series.versions
    ]


def step_title(series: ComparisonSeries, k: int) -> str:
    a, b = series.versions[k], series.versions[k + 1]
    return f"{a.tag} → {b.tag}: {a.name} → {b.name}"


def changed_histories(series: ComparisonSeries) -> list[tuple[str, str, str]]:
    """(clause, text, history) for each clause of the last version that was added or changed after v1."""
    rows = []
    for h in series.history:
        if h.first == 0 and not any(s.kind != Kind.EQUAL or s.moved for s in h.steps):
            continue
        c = series.versions[-1].side.clauses[h.clause]
        where = f"§{h.label}" if h.label else f"¶{c.paragraph + 1}"
        text = h.text if len(h.text) <= 160 else h.text[:157].rstrip() + "…"
        rows.append((where, text, h.summary))
    return rows


def _build(series: ComparisonSeries):
    from docx import Document as new_docx
    from docx.shared import Cm

    doc = new_docx()
    first, last = series.versions[0], series.versions[-1]
    _page_setup(doc, f"Clausediff series: {first.name} … {last.name}    Page ")
    doc.add_heading("Series report", level=0)
    meta = doc.add_table(rows=0, cols=2)
    for k, v in [*version_rows(series), ("Compared", series.compared_at.replace("T", " "))]:
        cells = meta.add_row().cells
        cells[0].text, cells[1].text = k, v
        cells[0].paragraphs[0].runs[0].bold = True
    _fix_widths(meta, (Cm(3.5), Cm(22.5)))
    _steps_section(doc, series)
    _timeline_section(doc, series)
    _history_section(doc, series)
    props = doc.core_properties
    props.title = f"Series: {first.name} … {last.name} ({len(series.versions)} versions)"
    props.author = "Clausediff"
    return doc


def _steps_section(doc, series: ComparisonSeries) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    doc.add_heading("Steps", level=1)
    for k, step in enumerate(series.steps):
        doc.add_heading(step_title(series, k), level=2)
        table = doc.add_table(rows=0, cols=2)
        table.style = doc.styles["Table Grid"]
        for name, value in summary_lines(step.result):
            cells = table.add_row().cells
            cells[0].text, cells[1].text = name, str(value)
            cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _set_cell_shading(cells[0], "F2F2F2")
        _fix_widths(table, (Cm(6), Cm(2.5)))


def _timeline_section(doc, series: ComparisonSeries) -> None:
    """One table: a row per list (spanning the table), then a row per item with a cell per version."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Emu

    doc.add_heading("List items through the versions", level=1)
    if not series.items_timeline:
        doc.add_paragraph(NO_TIMELINE)
        return
    doc.add_paragraph("✓ present, + added, − removed, ~ modified (from the version before); empty: absent.")
    n = len(series.versions)
    version_width = min(Cm(1.6), Cm(14) // n)
    widths = (Cm(7.5), *([version_width] * n), Cm(26) - Cm(7.5) - version_width * n)
    table = doc.add_table(rows=1, cols=n + 2)
    table.style = doc.styles["Table Grid"]
    _header_row(table, ("Item", *(v.tag for v in series.versions), "History"), widths)
    add_row = _row_adder(table)
    for group in series.items_timeline:
        tr = add_row()
        cells = tr.cells
        for other in cells[1:]:
            tr._tr.remove(other._tc)
        cells[0]._tc.grid_span = n + 2
        cells[0].width = Emu(sum(widths))
        run = cells[0].paragraphs[0].add_run(group.place)
        run.bold = True
        _set_cell_shading(cells[0], "F2F2F2")
        for item in group.items:
            cells = add_row().cells
            cells[0].text = item.wording
            for k, state in enumerate(item.states):
                cell = cells[1 + k]
                cell.text = STATE_MARK[state]
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                if state in STATE_FILL:
                    _set_cell_shading(cell, STATE_FILL[state])
            cells[-1].text = item.summary
    _fix_widths(table, widths)


def _history_section(doc, series: ComparisonSeries) -> None:
    from docx.shared import Cm

    last = series.versions[-1]
    doc.add_heading(f"History of the clauses of {last.tag}", level=1)
    rows = changed_histories(series)
    if not rows:
        doc.add_paragraph(f"Every clause of {last.tag} is as it was in {series.versions[0].tag}.")
        return
    doc.add_paragraph(f"Clauses of {last.tag} added or reworded since {series.versions[0].tag}.")
    widths = (Cm(2.6), Cm(15.4), Cm(8))
    table = doc.add_table(rows=1, cols=3)
    table.style = doc.styles["Table Grid"]
    _header_row(table, ("Clause", "Text", "History"), widths)
    add_row = _row_adder(table)
    for where, text, summary in rows:
        cells = add_row().cells
        cells[0].text, cells[1].text, cells[2].text = where, text, summary
    _fix_widths(table, widths)


def write_series_report(
    series: ComparisonSeries, path: str | os.PathLike, *, inputs: Iterable[str | os.PathLike] = ()
) -> Path:
    """Write the series report as a landscape Word document (never over one of ``inputs``)."""

    def write(tmp: Path) -> None:
        _build(series).save(str(tmp))

    return atomic_write(path, write, inputs)
