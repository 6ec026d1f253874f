"""Table rows for the Word report, written as WordprocessingML text and parsed in batches.

python-docx builds a cell through a dozen element look-ups and insertions (~2.7 ms a row of the report),
so a report of tens of thousands of changed clauses took minutes. The rows here are the same XML
python-docx writes for ``add_tc``/``add_run``/``font.strike``… (element for element, attribute for
attribute), built as strings and parsed by lxml a few hundred rows at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .wordml_text import NOT_XML, xml_text

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BATCH = 400

_PIECES = re.compile(r"[^\t\r\n]+|[\t\r\n]")


def run_xml(text: str, rpr: str = "") -> str:
    """One ``w:r`` as python-docx's ``add_run(text)`` writes it: tabs and line breaks as their own
    elements, ``xml:space="preserve"`` on a text with outer spaces."""
    out = ["<w:r>"]
    if rpr:
        out.append(f"<w:rPr>{rpr}</w:rPr>")
    for piece in _PIECES.findall(text):
        if piece == "\t":
            out.append("<w:tab/>")
        elif piece in "\r\n":
            out.append("<w:br/>")
        else:
            space = ' xml:space="preserve"' if len(piece.strip()) < len(piece) else ""
            out.append(f"<w:t{space}>{xml_text(NOT_XML.sub('', piece))}</w:t>")
    out.append("</w:r>")
    return "".join(out)


def cell_xml(twips: int, body: str, *, ppr: str = "", tcpr: str = "") -> str:
    """One ``w:tc`` of the given width holding one paragraph of runs (``tcpr``: more cell properties)."""
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    para = f"<w:p>{ppr}{body}</w:p>" if ppr or body else "<w:p/>"
    return f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{twips}"/>{tcpr}</w:tcPr>{para}</w:tc>'


def shading(fill: str) -> str:
    return f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'


def append_rows(tbl, rows: Iterable[str]) -> None:
    """Append ``w:tr`` strings to a python-docx table element, parsing a batch at a time."""
    from docx.oxml.parser import parse_xml  # python-docx's element classes, as for its own rows

    batch: list[str] = []

    def flush() -> None:
        if not batch:
            return
        holder = parse_xml(f'<w:tbl xmlns:w="{W_NS}">{"".join(batch)}</w:tbl>')
        for tr in list(holder):
            tbl.append(tr)
        batch.clear()

    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            flush()
    flush()


def row_xml(cells: Sequence[str], trpr: str = "<w:cantSplit/>") -> str:
    """One ``w:tr``; by default it may not break across pages (a clause pair stays together)."""
    trpr = f"<w:trPr>{trpr}</w:trPr>" if trpr else ""
    return f"<w:tr>{trpr}{''.join(cells)}</w:tr>"
