"""The plain redline (built from text) validates: openxml-audit, a port of the Open XML SDK validator,
finds nothing in the whole package -- native moves, move comments, real Word lists."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from test_export_docx_redline import _validator
from test_export_redline import SHARED
from test_export_redline_moves import MOVE_NEW, MOVE_OLD, NUMBERED_NEW, NUMBERED_OLD, write_pair

from compare.engine import compare_files
from compare.export.docx_redline import RedlineSummary
from compare.export.redline import write_redline

DATE = "2026-11-23T10:00:00Z"


def findings(path: Path) -> list[tuple[str, str]]:
    audit = pytest.importorskip("openxml_audit")
    return [(e.part_uri, e.description) for e in _validator(audit).validate(str(path)).errors]


def plain_redline(a: Path, b: Path, out: Path, moves: str) -> tuple[Path, str]:
    summary = RedlineSummary()
    write_redline(compare_files(a, b), out, date=DATE, moves=moves, summary=summary)
    assert summary.base == "plain"
    with zipfile.ZipFile(out) as zf:
        text = zf.read("word/document.xml").decode()
    return out, text


@pytest.mark.parametrize("moves", ["native", "comments"])
@pytest.mark.parametrize("which", ["moves", "numbering"])
def test_plain_redlines_validate(tmp_path, moves, which):
    old, new = (MOVE_OLD, MOVE_NEW) if which == "moves" else (NUMBERED_OLD, NUMBERED_NEW)
    a, b = write_pair(tmp_path, old, new)
    out, xml = plain_redline(a, b, tmp_path / "redline.docx", moves)
    if which == "moves":  # what is being validated is really there
        assert ("w:moveFrom " in xml) == (moves == "native")
        assert ("w:commentReference" in xml) == (moves == "comments")
    else:
        assert "w:numPr" in xml
    assert findings(out) == []


@pytest.mark.parametrize("moves", ["native", "comments"])
def test_a_resolution_with_a_moved_paragraph_validates(tmp_path, moves):
    src = SHARED / "corpus" / "un" / "S-RES-841-1993.txt"
    if not src.exists():
        pytest.skip("../shared corpus not available")
    paras = [p for p in src.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    assert len(paras) > 6
    revised = list(paras)
    revised.insert(len(revised) - 2, revised.pop(3))
    revised[1] = revised[1].replace(" the ", " the said ", 1)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("\n\n".join(paras), encoding="utf-8")
    b.write_text("\n\n".join(revised), encoding="utf-8")
    out, xml = plain_redline(a, b, tmp_path / "redline.docx", moves)
    assert "w:commentReference" in xml or "w:moveFrom " in xml
    assert findings(out) == []
