"""Moves in the in-place redline (the revised .docx with the changes woven in): a moved paragraph is a
native Word move (``w:moveFrom``/``w:moveTo`` with named ranges) or, with ``moves="comments"`` and for
moves that are not whole paragraphs, a deletion and an insertion with a comment at each end.

Accept All must give the revised document and Reject All the original, text and formatting (our own
ECMA-376 resolver, the shared revision tool and LibreOffice), and the output must validate.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx_accept import resolve_docx, snapshot, w
from test_export_docx_redline import (
    DATE,
    ORIGINAL,
    REVISED,
    SHARED,
    UNO_PYTHON,
    _lo_text,
    _validator,
    assert_valid,
    build,
    check_round_trip,
)

from compare.engine import compare_files
from compare.export.docx_redline import RedlineSummary
from compare.export.redline import write_redline

MOVED = "This paragraph on cooperation will be moved to the very end of the text."
FILLER = [
    "The committee met in Geneva for its annual session in the spring.",
    "Delegates discussed the budget of the secretariat at great length.",
    "A working group was formed to study the reform of the procedures.",
    "The chair thanked the host country for its generous hospitality.",
]
PENALTY = "The penalties for late filing shall double every month after the deadline."


def redline(a: Path, b: Path, out: Path, moves: str) -> RedlineSummary:
    summary = RedlineSummary()
    write_redline(compare_files(a, b), out, date=DATE, summary=summary, moves=moves)
    return summary


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def document(path: Path):
    from lxml import etree

    return etree.fromstring(parts(path)["word/document.xml"])


def texts_in(root, tag: str) -> list[str]:
    return ["".join(el.itertext()) for el in root.iter(w(tag)) if el.getparent().tag != w("rPr")]


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    return build(tmp_path / "original.docx", ORIGINAL), build(tmp_path / "revised.docx", REVISED)


def test_a_moved_paragraph_is_a_native_move_with_named_ranges(pair, tmp_path):
    a, b = pair
    out = tmp_path / "redline.docx"
    summary = redline(a, b, out, "native")
    assert (summary.moves, summary.comments) == (1, 0)
    root = document(out)
    assert texts_in(root, "moveFrom") == [MOVED] and texts_in(root, "moveTo") == [MOVED]
    assert not any(MOVED in t for t in texts_in(root, "del") + texts_in(root, "ins"))
    starts = {tag: list(root.iter(w(tag + "RangeStart"))) for tag in ("moveFrom", "moveTo")}
    assert [len(v) for v in starts.values()] == [1, 1]
    (src,), (dst,) = starts.values()
    assert src.get(w("name")) == dst.get(w("name"))
    for tag, start in starts.items():
        (end,) = root.iter(w(tag + "RangeEnd"))
        assert end.get(w("id")) == start[0].get(w("id"))
        p = start[0].getnext()  # the range goes round the moved paragraph, as Word writes it
        assert p is end.getprevious() and p.find(f"{w('pPr')}/{w('rPr')}/{w(tag)}") is not None  # mark moved
        assert p.find(f".//{w('delText')}") is None  # moved-away text stays w:t, as Word writes it
    assert not list(root.iter(w("commentReference")))
    check_round_trip(a, b, out, tmp_path)


def test_the_moved_paragraph_keeps_each_sides_formatting(tmp_path):
    """Moved and restyled: the old place shows the original's look, the new place the revised's."""
    old = [("p", [f]) for f in FILLER[:2]] + [
        ("p", [("Notes", {"italic": True}), " " + MOVED[:-1] + "."], "Heading 2")
    ]
    old += [("p", [f]) for f in FILLER[2:]]
    new = [("p", [f]) for f in FILLER] + [("p", [("Notes", {"bold": True, "font": "Arial"}), " " + MOVED])]
    old.append(("p", ["Final words of the resolution."]))  # the last paragraph's mark is never changed
    new.append(("p", ["Final words of the resolution."]))
    a, b = build(tmp_path / "a.docx", old), build(tmp_path / "b.docx", new)
    out = tmp_path / "redline.docx"
    assert redline(a, b, out, "native").moves == 1
    root = document(out)
    (src,) = [el for el in root.iter(w("moveFrom")) if el.getparent().tag != w("rPr")][:1]
    dst = [el for el in root.iter(w("moveTo")) if el.getparent().tag != w("rPr")][0]
    assert src.find(f"{w('r')}/{w('rPr')}/{w('i')}") is not None
    assert dst.find(f"{w('r')}/{w('rPr')}/{w('b')}") is not None
    src_p = next(src.iterancestors(w("p")))
    assert src_p.find(f"{w('pPr')}/{w('pStyle')}").get(w("val")) == "Heading2"
    check_round_trip(a, b, out, tmp_path)


def test_the_comment_form_in_place(pair, tmp_path):
    a, b = pair
    out = tmp_path / "redline.docx"
    summary = redline(a, b, out, "comments")
    assert (summary.moves, summary.comments) == (0, 2)
    root = document(out)
    assert not texts_in(root, "moveFrom") and not texts_in(root, "moveTo")
    assert MOVED in texts_in(root, "del") and MOVED in texts_in(root, "ins")
    comments = parts(out)["word/comments.xml"].decode()
    assert "Moved to " in comments and "Moved from " in comments
    ids = {el.get(w("id")) for el in root.iter(w("commentReference"))}
    assert len(ids) == 2 and ids == {el.get(w("id")) for el in root.iter(w("commentRangeStart"))}
    assert b'w:styleId="CommentReference"' in parts(out)["word/styles.xml"]
    check_round_trip(a, b, out, tmp_path)


def test_a_move_that_is_not_whole_paragraphs_gets_comments(tmp_path):
    old = [("p", ["Alpha opening words are here today. " + PENALTY])] + [("p", [f]) for f in FILLER]
    old.append(("p", ["Closing remarks stand as written here."]))
    new = [("p", ["Alpha opening words are here today."])] + [("p", [f]) for f in FILLER]
    new.append(("p", ["Closing remarks stand as written here. " + PENALTY]))
    a, b = build(tmp_path / "a.docx", old), build(tmp_path / "b.docx", new)
    out = tmp_path / "redline.docx"
    summary = redline(a, b, out, "native")
    assert (summary.moves, summary.comments) == (0, 2)
    root = document(out)
    assert not list(root.iter(w("moveFrom"))) and not list(root.iter(w("moveFromRangeStart")))
    assert len(list(root.iter(w("commentReference")))) == 2
    check_round_trip(a, b, out, tmp_path)


@pytest.mark.parametrize("moves", ["native", "comments"])
def test_move_redlines_pass_open_xml_validation(pair, tmp_path, moves):
    audit = pytest.importorskip("openxml_audit")
    a, b = pair
    out = tmp_path / "redline.docx"
    redline(a, b, out, moves)
    assert_valid(audit, out, b)
    document_findings = [e for e in _validator(audit).validate(str(out)).errors if "document" in e.part_uri]
    assert document_findings == []


@pytest.mark.parametrize("moves", ["native", "comments"])
@pytest.mark.skipif(not (SHARED / "docx_revisions.py").exists(), reason="../shared/tools not available")
def test_the_shared_revision_tool_agrees_on_moves(pair, tmp_path, moves):
    a, b = pair
    out = tmp_path / "redline.docx"
    redline(a, b, out, moves)
    cmd = [sys.executable, str(SHARED / "docx_revisions.py"), str(out), "--check", str(a), str(b)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("moves", ["native", "comments"])
@pytest.mark.skipif(
    not (SHARED / "lo_accept_all.py").exists() or not Path(UNO_PYTHON).exists(),
    reason="LibreOffice or ../shared/tools not available",
)
def test_libreoffice_accepts_and_rejects_moves(pair, tmp_path, moves):
    import shutil

    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice not available")
    a, b = pair
    out = tmp_path / "redline.docx"
    redline(a, b, out, moves)
    result = compare_files(a, b)
    assert _lo_text(out, reject=False) == result.b.document.text.split("\n")
    assert _lo_text(out, reject=True) == result.a.document.text.split("\n")


def test_our_resolver_drops_move_ranges(pair, tmp_path):
    """The test resolver itself: after Accept All no move markup of any kind is left."""
    a, b = pair
    out = tmp_path / "redline.docx"
    redline(a, b, out, "native")
    accepted = resolve_docx(out, tmp_path / "accepted.docx", accept=True)
    root = document(accepted)
    assert not [el for el in root.iter() if isinstance(el.tag, str) and "move" in el.tag]
    assert snapshot(accepted) == snapshot(b)


def test_a_move_on_the_original_docx_when_the_revised_is_text(tmp_path):
    """Built on the original: the moved-away paragraph is the original's own (w:moveFrom round its runs),
    the arriving one is written from the text."""
    import docx

    a = build(tmp_path / "original.docx", ORIGINAL)
    b = tmp_path / "revised.txt"
    b.write_text(
        "Operative part\n\nThe Security Council,\n\nNotes with deleted satisfaction the progress achieved "
        f"by the ad hoc group in 2022.\n\nFinal words of the resolution.\n\n{MOVED}\n\nThe end.\n",
        encoding="utf-8",
    )
    out = tmp_path / "redline.docx"
    summary = redline(a, b, out, "native")
    assert summary.base == "original" and summary.moves == 1
    root = document(out)
    assert texts_in(root, "moveFrom") == [MOVED] and texts_in(root, "moveTo") == [MOVED]
    rejected = resolve_docx(out, tmp_path / "rejected.docx", accept=False)
    assert snapshot(rejected) == snapshot(a)
    accepted = resolve_docx(out, tmp_path / "accepted.docx", accept=True)
    texts = [p.text for p in docx.Document(str(accepted)).paragraphs]
    assert texts == compare_files(a, b).b.document.text.split("\n")
