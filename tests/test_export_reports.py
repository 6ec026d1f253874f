"""The comparison reports (.docx and .html): same facts as the result, readable, safe to open."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from compare.engine import compare_documents
from compare.errors import ExportError
from compare.export.report_docx import write_report
from compare.export.report_html import write_html_report
from compare.model import CompareOptions, Document, ItemChange, ItemStatus, Kind

OLD = [
    "The Security Council,",
    "Recalling its resolutions 1718 (2006) and 2397 (2017),",
    "Reaffirming its commitment to the sovereignty of all States,",
    "Expressing concern at the humanitarian situation,",
    "1. Decides that all States shall prevent the supply of arms;",
    "2. Requests the Secretary-General to report within 90 days;",
    "3. Calls upon all parties to respect international law;",
    "4. Expresses its intention to review the measures;",
    "5. Decides to remain actively seized of the matter.",
]
NEW = [
    "The Security Council,",
    "Recalling its resolutions 1718 (2006) and 2397 (2017),",
    "Reaffirming its commitment to the sovereignty of all States,",
    "Expressing concern at the humanitarian situation,",
    "1. Decides that all Member States shall prevent the direct supply of arms;",
    "2. Calls upon all parties to respect international law;",
    "3. Requests the Secretary-General to report within 60 days;",
    "4. Encourages States to share information <script>alert('x')</script> & more;",
    "5. Decides to remain actively seized of the matter.",
]


@pytest.fixture(scope="module")
def result():
    return compare_documents(
        Document.from_paragraphs("old draft.txt", "txt", OLD, modified="2026-10-01"),
        Document.from_paragraphs("new draft.txt", "txt", NEW, modified="2026-11-20"),
        CompareOptions(ignore_case=True),
    )


def leading_unchanged(result) -> int:
    n = 0
    for e in result.alignment:
        if e.kind != Kind.EQUAL or e.moved or e.relabelled:
            break
        n += 1
    return n


# --------------------------------------------------------------------------- Word report


def test_docx_report_content(result, tmp_path: Path) -> None:
    out = write_report(result, tmp_path / "report.docx")
    d = docx.Document(str(out))
    texts = [p.text for p in d.paragraphs]
    assert texts[0] == "Comparison report"
    meta = {r.cells[0].text: r.cells[1].text for r in d.tables[0].rows}
    assert meta["Original"].startswith("old draft.txt") and "2026-10-01" in meta["Original"]
    assert meta["Revised"].startswith("new draft.txt") and "2026-11-20" in meta["Revised"]
    assert "case" in meta["Options"]
    summary = {r.cells[0].text: int(r.cells[1].text) for r in d.tables[1].rows}
    s = result.stats
    assert summary["Changed"] == s.changed > 0
    assert summary["Added"] == s.added
    assert summary["Removed"] == s.removed
    assert summary["Moved"] == s.moved
    assert summary["Words inserted"] == s.words_inserted > 0
    assert summary["Words deleted"] == s.words_deleted > 0
    assert "No list items changed." in texts

    clauses = d.tables[-1]
    header = clauses.rows[0]
    assert [c.text for c in header.cells] == ["Clause", "Original", "Revised", "Change"]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    rows = [[c.text for c in r.cells] for r in clauses.rows[1:]]
    n = leading_unchanged(result)
    assert n >= 2
    assert rows[0][0] == f"{n} unchanged clauses"  # merged across the row
    # the changed clause shows "90" struck through in red in the original column and "60" underlined
    runs = [r for row in clauses.rows[1:] for c in row.cells for p in c.paragraphs for r in p.runs]
    struck = {r.text for r in runs if r.font.strike}
    underlined = {r.text for r in runs if r.font.underline}
    assert any("90" in t for t in struck) and any("60" in t for t in underlined)
    assert all(str(r.font.color.rgb) == "C00000" for r in runs if r.font.strike)
    assert any("moved" in row[3] for row in rows)
    assert any(row[3] == "added" for row in rows)

    sec = d.sections[0]
    assert sec.orientation == WD_ORIENT.LANDSCAPE and sec.page_width > sec.page_height
    footer_xml = sec.footer._element.xml
    assert "PAGE" in footer_xml and "fldChar" in footer_xml
    assert d.core_properties.title == "Comparison: old draft.txt → new draft.txt"


def test_docx_report_without_collapsing_lists_every_clause(result, tmp_path: Path) -> None:
    d = docx.Document(str(write_report(result, tmp_path / "full.docx", collapse_unchanged=False)))
    rows = [[c.text for c in r.cells] for r in d.tables[-1].rows[1:]]
    assert len(rows) == len(result.alignment)
    assert not any(re.fullmatch(r"\d+ unchanged clauses?", r[0]) for r in rows)
    assert rows[0][1] == result.entry_text(result.alignment[0], "a") and rows[0][3] == "unchanged"


def test_docx_report_items_tables(result, tmp_path: Path) -> None:
    nb = next(c.index for c in result.b.clauses if c.label)
    na = next(c.index for c in result.a.clauses if c.label)
    items = [
        ItemChange(ItemStatus.ADDED, None, "food and medicine", None, nb, "exemptions"),
        ItemChange(ItemStatus.REMOVED, "protective clothing", None, na, None, "exemptions"),
        ItemChange(ItemStatus.MODIFIED, "90 days", "60 days", 0, 0, "deadlines"),
    ]
    with_items = dataclasses.replace(result, items=items)
    d = docx.Document(str(write_report(with_items, tmp_path / "items.docx")))
    texts = [p.text for p in d.paragraphs]
    assert "Items added" in texts and "Items removed" in texts and "Items modified" in texts
    assert "No list items changed." not in texts
    cells = [[c.text for c in r.cells] for t in d.tables[2:5] for r in t.rows]
    assert ["food and medicine", "exemptions", f"§{result.b.clauses[nb].label}"] in cells
    assert ["protective clothing", "exemptions", f"§{result.a.clauses[na].label}"] in cells
    first = result.b.clauses[0]
    where = f"§{first.label}" if first.label else f"new ¶{first.paragraph + 1}"
    assert ["90 days → 60 days", "deadlines", where] in cells


def test_report_refuses_to_overwrite_an_input(result, tmp_path: Path) -> None:
    src = tmp_path / "new.txt"
    src.write_text("x", encoding="utf-8")
    with pytest.raises(ExportError):
        write_report(result, src, inputs=[src])
    with pytest.raises(ExportError):
        write_html_report(result, src, inputs=[src])
    assert src.read_text(encoding="utf-8") == "x"
    with pytest.raises(ExportError):
        write_report(result, tmp_path / "missing folder" / "r.docx")


# --------------------------------------------------------------------------- HTML report


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def test_html_report_is_escaped_self_contained_and_agrees(result, tmp_path: Path) -> None:
    out = write_html_report(result, tmp_path / "report.html")
    html = out.read_text(encoding="utf-8")
    parsed = _Collector()
    parsed.feed(html)
    assert "script" not in [t for t, _ in parsed.tags]
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert not any(a.get("src") or (t == "link") for t, a in parsed.tags)
    assert "http://" not in html and "https://" not in html
    text = " ".join(parsed.text)
    s = result.stats
    for label, value in (("Changed", s.changed), ("Added", s.added), ("Moved", s.moved)):
        assert re.search(rf"<td>{label}</td><td class=\"n\">{value}</td>", html)
    assert f'Words inserted</td><td class="n">{s.words_inserted}<' in html
    assert f"{leading_unchanged(result)} unchanged clauses" in text
    assert "<del>90</del>" in html and "<ins>60</ins>" in html
    assert "old draft.txt" in text and "new draft.txt" in text
    assert "No list items changed." in text
    assert "@media print" in html


def test_html_without_collapsing(result, tmp_path: Path) -> None:
    html = write_html_report(result, tmp_path / "r.html", collapse_unchanged=False).read_text(
        encoding="utf-8"
    )
    assert 'class="collapsed"' not in html
    assert html.count("<tr class=") == len(result.alignment)


def test_rows_added_without_python_docx_add_row_are_the_same_xml() -> None:
    """The report adds its rows itself (``table.add_row`` searches all rows each time: quadratic); the
    rows must be exactly the ones python-docx makes, column widths included."""
    from docx.shared import Cm
    from lxml import etree

    from compare.export.report_docx import _fix_widths, _row_adder

    def table_xml(own: bool) -> bytes:
        d = docx.Document()
        t = d.add_table(rows=1, cols=3)
        _fix_widths(t, (Cm(2), Cm(5), Cm(3)))
        add = _row_adder(t) if own else t.add_row
        for k in range(5):
            cells = add().cells
            cells[0].text, cells[2].text = str(k), f"row {k}"
        return etree.tostring(t._tbl)

    assert table_xml(own=True) == table_xml(own=False)
    assert table_xml(own=True).count(b"<w:tr") == 6


def test_rows_written_as_xml_text_are_what_python_docx_writes() -> None:
    """The side-by-side and item rows are written as XML text (python-docx's cell API cost ~2.7 ms a row:
    a report of thousands of changed clauses took minutes); they must be the elements python-docx makes,
    for awkward text too: tabs, line breaks, outer spaces, markup characters, coloured runs."""
    from docx.enum.text import WD_UNDERLINE
    from docx.shared import Cm, RGBColor
    from lxml import etree

    from compare.export.docx_rows import append_rows, cell_xml, row_xml, run_xml, shading
    from compare.export.report_docx import _fix_widths, _row_adder, _set_cell_shading

    texts = ["plain", "a\ttab and a\nbreak", "  outer spaces ", 'R&D <b> "quoted"', ""]
    widths = (Cm(2), Cm(5), Cm(3))

    def table_xml(own: bool) -> bytes:
        d = docx.Document()
        t = d.add_table(rows=1, cols=3)
        _fix_widths(t, widths)
        if own:
            twips = [w.twips for w in widths]
            rows = [
                row_xml(
                    [
                        cell_xml(twips[0], run_xml(text)),
                        cell_xml(twips[1], run_xml(text, '<w:strike/><w:color w:val="C00000"/>')),
                        cell_xml(
                            twips[2],
                            run_xml(text, '<w:color w:val="1E7B34"/><w:u w:val="single"/>'),
                            tcpr=shading("E2F0D9"),
                        ),
                    ]
                )
                for text in texts
            ]
            append_rows(t._tbl, rows)
        else:
            add = _row_adder(t)
            for text in texts:
                row = add()
                row._tr.get_or_add_trPr().append(etree.SubElement(row._tr, qn("w:cantSplit")))
                cells = row.cells
                for cell, w in zip(cells, widths, strict=True):
                    cell.width = w
                cells[0].text = text
                struck = cells[1].paragraphs[0].add_run(text)
                struck.font.strike = True
                struck.font.color.rgb = RGBColor.from_string("C00000")
                under = cells[2].paragraphs[0].add_run(text)
                under.font.underline = WD_UNDERLINE.SINGLE
                under.font.color.rgb = RGBColor.from_string("1E7B34")
                _set_cell_shading(cells[2], "E2F0D9")
        return etree.tostring(t._tbl)

    assert table_xml(own=True) == table_xml(own=False)
    assert table_xml(own=True).count(b"<w:tr>") == len(texts) + 1
