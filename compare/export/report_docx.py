"""A Word comparison report: title block, summary, list items, and a side-by-side table of clauses.

The rows and summary are computed once here (:func:`report_rows`, :func:`summary_lines`,
:func:`item_rows`, :func:`title_rows`) and shared with the HTML report so both always say the same thing.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..model import AlignmentEntry, ComparisonResult, ItemChange, ItemStatus, Kind
from .atomic import atomic_write
from .describe import describe, entry_label, group_items, item_name
from .docx_rows import append_rows, cell_xml, row_xml, run_xml, shading
from .renumbering import is_pure_renumbering, renumber_shift, signed, stale_references

PLAIN, INSERTED, DELETED = "plain", "ins", "del"
RED, GREEN, GREY = "C00000", "1E7B34", "666666"


# --------------------------------------------------------------------------- shared content


@dataclass(slots=True)
class Row:
    """One row of the side-by-side table; ``collapsed`` > 0 stands for that many unchanged clauses."""

    label: str = ""
    old: list[tuple[str, str]] = field(default_factory=list)  # (text, PLAIN|INSERTED|DELETED)
    new: list[tuple[str, str]] = field(default_factory=list)
    change: str = ""
    status: str = "equal"  # equal, changed, added, removed, moved: drives colours
    collapsed: int = 0


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _entry_row(result: ComparisonResult, e: AlignmentEntry) -> Row:
    old: list[tuple[str, str]] = []
    new: list[tuple[str, str]] = []
    if e.diff:
        for d in e.diff:
            if d.op == "=":
                old.append((d.old if d.old is not None else d.text, PLAIN))
                new.append((d.text, PLAIN))
            elif d.op == "-":
                old.append((d.text, DELETED))
            else:
                new.append((d.text, INSERTED))
    else:
        if e.a:
            old.append((result.entry_text(e, "a"), DELETED if not e.b else PLAIN))
        if e.b:
            new.append((result.entry_text(e, "b"), INSERTED if not e.a else PLAIN))
    if e.kind == Kind.ADDED:
        status = "added"
    elif e.kind == Kind.REMOVED:
        status = "removed"
    elif e.moved:
        status = "moved"
    else:
        status = "changed" if e.kind == Kind.CHANGED else "equal"
    text = describe(result, e)
    label = entry_label(result, e)
    change = text[len(label) :].strip() if text.startswith(label) else text
    if not e.b and label.startswith("§"):
        label += " (old)"  # a removed clause has only its old number, which the revised text may reuse
    return Row(label=label, old=old, new=new, change=change, status=status)


def report_rows(
    result: ComparisonResult, collapse_unchanged: bool = True, ignore_renumbering: bool = False
) -> list[Row]:
    """Rows in reading order of the revised document; unchanged runs collapsed to one row.

    A clause that only got a new number counts as unchanged with ``ignore_renumbering``, and always when
    its own letter is the same (only its paragraph was renumbered); a cross-reference left pointing at a
    renumbered paragraph is noted on its row.
    """
    rows: list[Row] = []
    pending: list[Row] = []
    warnings: dict[int, list[str]] = {}
    for k, text in stale_references(result):
        warnings.setdefault(k, []).append(text)

    def flush() -> None:
        if not pending:
            return
        if collapse_unchanged:
            rows.append(Row(change=_plural(len(pending), "unchanged clause"), collapsed=len(pending)))
        else:
            rows.extend(pending)
        pending.clear()

    for k, e in enumerate(result.alignment):
        row = _entry_row(result, e)
        plain = e.kind == Kind.EQUAL and not e.moved and not e.relabelled and not e.manual
        if is_pure_renumbering(e):
            shift = renumber_shift(result, e)
            if ignore_renumbering or shift == 0:
                plain = True
            elif shift is not None:
                row.change = f"renumbered ({signed(shift)})"
        if k in warnings:
            plain = False
            row.change = "; ".join([row.change, *warnings[k]])
        if plain:
            row.change = "unchanged"
            pending.append(row)
            continue
        flush()
        rows.append(row)
    flush()
    return rows


def title_rows(result: ComparisonResult) -> list[tuple[str, str]]:
    a, b, o = result.a.document, result.b.document, result.options
    ignored = [
        name
        for flag, name in (
            (o.ignore_case, "case"),
            (o.ignore_punctuation, "punctuation"),
            (o.ignore_whitespace, "spacing"),
        )
        if flag
    ]
    opts = f"compared by {o.segment}; ignoring {', '.join(ignored) if ignored else 'nothing'}"
    if "docx" in (a.format, b.format):
        how = "original" if o.revisions == "original" else "accepted"
        opts += f"; tracked changes in Word inputs read as {how}"
    return [
        ("Original", f"{a.name}" + (f" (modified {a.modified})" if a.modified else "")),
        ("Revised", f"{b.name}" + (f" (modified {b.modified})" if b.modified else "")),
        ("Compared", result.compared_at.replace("T", " ")),
        ("Options", opts),
    ]


def summary_lines(result: ComparisonResult) -> list[tuple[str, int]]:
    s = result.stats
    return [
        ("Clauses in original", s.clauses_a),
        ("Clauses in revised", s.clauses_b),
        ("Changed", s.changed),
        ("Added", s.added),
        ("Removed", s.removed),
        ("Moved", s.moved),
        ("Renumbered", s.relabelled),
        ("Unchanged", s.equal),
        ("Words inserted", s.words_inserted),
        ("Words deleted", s.words_deleted),
        ("List items added", s.items_added),
        ("List items removed", s.items_removed),
        ("List items modified", s.items_modified),
    ]


def _clause_place(result: ComparisonResult, which: str, index: int | None) -> str:
    if index is None:
        return ""
    clauses = result.side(which).clauses
    if not 0 <= index < len(clauses):
        return ""
    c = clauses[index]
    return f"§{c.label}" if c.label else f"{'new' if which == 'b' else 'old'} ¶{c.paragraph + 1}"


def item_rows(result: ComparisonResult) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """(section title, [(item text, list, clause)]) for added, removed and modified items."""
    out: list[tuple[str, list[tuple[str, str, str]]]] = []
    groups: tuple[tuple[ItemStatus, str], ...] = (
        (ItemStatus.ADDED, "Items added"),
        (ItemStatus.REMOVED, "Items removed"),
        (ItemStatus.MODIFIED, "Items modified"),
    )
    for status, title in groups:
        rows = []
        for where, members in group_items(result.items, status):
            rows += [(item_name(it), where, _item_place(result, it)) for it in members]
        if rows:
            out.append((title, rows))
    return out


def _item_place(result: ComparisonResult, it: ItemChange) -> str:
    if it.b_clause is not None:
        return _clause_place(result, "b", it.b_clause)
    return _clause_place(result, "a", it.a_clause)


NO_ITEMS = "No list items changed."


# --------------------------------------------------------------------------- Word


def _set_cell_shading(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)
    cant = OxmlElement("w:cantSplit")
    trpr.append(cant)


def _add_field(paragraph, instr: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def part(tag: str, **attrs: str):
        r = OxmlElement("w:r")
        el = OxmlElement(tag)
        for k, v in attrs.items():
            el.set(qn(k), v)
        if tag == "w:instrText":
            el.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            el.text = f" {instr} "
        r.append(el)
        paragraph._p.append(r)

    part("w:fldChar", **{"w:fldCharType": "begin"})
    part("w:instrText")
    part("w:fldChar", **{"w:fldCharType": "separate"})
    r = paragraph.add_run("1")
    r.font.size = None
    part("w:fldChar", **{"w:fldCharType": "end"})


def _fix_widths(table, widths) -> None:
    """Fixed column widths that Word and LibreOffice both honour (grid columns and every cell)."""
    table.autofit = False
    for col, w in zip(table.columns, widths, strict=True):
        col.width = w
    for row in table.rows:
        for cell, w in zip(row.cells, widths, strict=False):
            cell.width = w


def _row_adder(table):
    """``add() -> row``, the same row python-docx's ``table.add_row()`` makes: that looks the table's grid
    up among all its rows each time (lxml's ``find`` walks the children), which made a long report
    quadratic (20k rows: minutes); the grid's column widths are read once here."""
    from docx.table import _Row

    tbl = table._tbl
    widths = [gc.w for gc in tbl.tblGrid.gridCol_lst]

    def add():
        tr = tbl.add_tr()
        for w in widths:
            tc = tr.add_tc()
            if w is not None:
                tc.width = w
        return _Row(tr, table)

    return add


def _runs(paragraph, runs: list[tuple[str, str]]) -> None:
    from docx.enum.text import WD_UNDERLINE
    from docx.shared import RGBColor

    for text, style in runs:
        if not text:
            continue
        r = paragraph.add_run(text)
        if style == DELETED:
            r.font.strike = True
            r.font.color.rgb = RGBColor.from_string(RED)
        elif style == INSERTED:
            r.font.underline = WD_UNDERLINE.SINGLE
            r.font.color.rgb = RGBColor.from_string(GREEN)


def _build(result: ComparisonResult, collapse_unchanged: bool, ignore_renumbering: bool = False):
    """The report, section by section: page, title, summary, list items, clauses side by side."""
    from docx import Document as new_docx

    doc = new_docx()
    a, b = result.a.document, result.b.document
    _page_setup(doc, f"Clausediff comparison: {a.name} → {b.name}    Page ")
    _title_section(doc, result)
    _summary_section(doc, result)
    _items_section(doc, result)
    _clauses_section(doc, result, collapse_unchanged, ignore_renumbering)
    props = doc.core_properties
    props.title = f"Comparison: {a.name} → {b.name}"
    props.author = "Clausediff"
    return doc


def _page_setup(doc, footer_text: str) -> None:
    """Landscape A4 (two text columns side by side need the width), Calibri 10, a numbered footer."""
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.8))
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    footer = sec.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(footer_text)
    _add_field(footer, "PAGE")
    footer.add_run(" of ")
    _add_field(footer, "NUMPAGES")
    for r in footer.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor.from_string(GREY)


def _title_section(doc, result: ComparisonResult) -> None:
    from docx.shared import Cm

    doc.add_heading("Comparison report", level=0)
    meta = doc.add_table(rows=0, cols=2)
    add_row = _row_adder(meta)
    for k, v in title_rows(result):
        cells = add_row().cells
        cells[0].text, cells[1].text = k, v
        cells[0].paragraphs[0].runs[0].bold = True
    _fix_widths(meta, (Cm(3.5), Cm(22.5)))


def _summary_section(doc, result: ComparisonResult) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    doc.add_heading("Summary", level=1)
    summary = doc.add_table(rows=0, cols=2)
    summary.style = doc.styles["Table Grid"]
    add_row = _row_adder(summary)
    for k, v in summary_lines(result):
        cells = add_row().cells
        cells[0].text, cells[1].text = k, str(v)
        cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _set_cell_shading(cells[0], "F2F2F2")
    _fix_widths(summary, (Cm(6), Cm(2.5)))


def _header_row(table, titles: Sequence[str], widths=None) -> None:
    """Bold, shaded column titles, repeated at the top of every page the table runs onto."""
    for k, (cell, text) in enumerate(zip(table.rows[0].cells, titles, strict=True)):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
        if widths is not None:
            cell.width = widths[k]
        _set_cell_shading(cell, "D9E2F3")
    _repeat_header(table.rows[0])


def _items_section(doc, result: ComparisonResult) -> None:
    from docx.shared import Cm

    doc.add_heading("List items", level=1)
    groups = item_rows(result)
    if not groups:
        doc.add_paragraph(NO_ITEMS)
    for title, rows in groups:
        doc.add_heading(title, level=2)
        t = doc.add_table(rows=1, cols=3)
        t.style = doc.styles["Table Grid"]
        _header_row(t, ("Item", "List", "Clause"))
        widths = (Cm(14), Cm(8), Cm(4))
        _fix_widths(t, widths)  # the header row and the grid; the rows below come with their widths
        twips = [w.twips for w in widths]
        append_rows(
            t._tbl,
            (
                row_xml([cell_xml(w, run_xml(text)) for w, text in zip(twips, row, strict=True)], "")
                for row in rows
            ),
        )


def _clauses_section(
    doc, result: ComparisonResult, collapse_unchanged: bool, ignore_renumbering: bool
) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Cm, Emu

    doc.add_heading("Clauses side by side", level=1)
    legend = doc.add_paragraph("Deleted text is ")
    _runs(legend, [("struck through in red", DELETED), ("; inserted text is ", PLAIN)])
    _runs(legend, [("underlined in green", INSERTED), (".", PLAIN)])
    table = doc.add_table(rows=1, cols=4)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(2.4), Cm(9.9), Cm(9.9), Cm(3.9))
    _header_row(table, ("Clause", "Original", "Revised", "Change"), widths)
    twips = [Emu(w).twips for w in widths]
    append_rows(
        table._tbl,
        (
            _row_xml(row, twips, Emu(sum(widths)).twips)
            for row in report_rows(result, collapse_unchanged, ignore_renumbering)
        ),
    )
    table.autofit = False
    for col, w in zip(table.columns, widths, strict=True):
        col.width = w


_RPR = {
    DELETED: f'<w:strike/><w:color w:val="{RED}"/>',
    INSERTED: f'<w:color w:val="{GREEN}"/><w:u w:val="single"/>',
}
_FILL = {"added": "E2F0D9", "removed": "FBE4E4", "moved": "FFF2CC"}


def _row_xml(row: Row, twips: Sequence[int], whole: int) -> str:
    """One clause pair (or a run of unchanged clauses in one grey cell spanning the row), kept on one page."""
    if row.collapsed:
        run = run_xml(row.change, f'<w:i/><w:color w:val="{GREY}"/>')
        span = f'<w:gridSpan w:val="{len(twips)}"/>{shading("F2F2F2")}'
        return row_xml([cell_xml(whole, run, ppr='<w:jc w:val="center"/>', tcpr=span)])

    def runs(parts: list[tuple[str, str]]) -> str:
        return "".join(run_xml(text, _RPR.get(style, "")) for text, style in parts if text)

    fill = _FILL.get(row.status)
    return row_xml(
        [
            cell_xml(twips[0], run_xml(row.label)),
            cell_xml(twips[1], runs(row.old)),
            cell_xml(twips[2], runs(row.new)),
            cell_xml(twips[3], run_xml(row.change, "<w:i/>"), tcpr=shading(fill) if fill else ""),
        ]
    )


def write_report(
    result: ComparisonResult,
    path: str | os.PathLike,
    *,
    inputs: Iterable[str | os.PathLike] = (),
    collapse_unchanged: bool = True,
    ignore_renumbering: bool = False,
) -> Path:
    """Write the comparison report as a landscape Word document (see :func:`report_rows` for the options)."""

    def write(tmp: Path) -> None:
        _build(result, collapse_unchanged, ignore_renumbering).save(str(tmp))

    return atomic_write(path, write, inputs)
