"""The plain-text redline's native moves and real Word lists, checked on real comparisons.

Accept All must give the revised text and Reject All the original, with list labels drawn by the
numbering (our own reader, the shared checker, and LibreOffice when it is installed).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from test_export_redline import SHARED, document_xml, read_revisions, shared_tool, w

from compare.cli import main as cli_main
from compare.engine import compare_documents, compare_files
from compare.export.redline import write_redline
from compare.model import Document

DATE = "2026-11-23T10:00:00Z"

MOVE_OLD = [
    "Article 1. Scope of the agreement covers all services described below.",
    "Article 2. The supplier shall deliver the goods within thirty days of the order.",
    "Article 3. Payment is due within sixty days of the invoice date.",
    "Article 4. Either party may terminate this agreement with ninety days written notice.",
    "Article 5. This agreement is governed by the laws of the State of New York.",
]
MOVE_NEW = [
    "Article 1. Scope of the agreement covers all services described below.",
    "Article 4. Either party may terminate this agreement with ninety days written notice.",
    "Article 2. The supplier shall deliver the goods within thirty days of the order.",
    "Article 3. Payment is due within forty-five days of the invoice date.",
    "Article 5. This agreement is governed by the laws of the State of New York.",
]

NUMBERED_OLD = [
    "The Security Council,",
    "1. Decides that all States shall prevent the supply of arms;",
    "2. Decides further that the measures shall not apply to:",
    "(a) supplies of non-lethal equipment for humanitarian use;",
    "(b) protective clothing for personnel of the United Nations;",
    "(c) supplies temporarily exported by journalists;",
    "3. Requests the Secretary-General to report within 90 days, covering:",
    "(a) the supply routes;",
    "(i) by land;",
    "(ii) by sea;",
    "(b) the enforcement;",
    "4 bis. Notes the letter of the Panel;",
    "4. Calls upon all parties to respect international humanitarian law;",
    "5. Decides to remain actively seized of the matter.",
]
NUMBERED_NEW = [
    "The Security Council,",
    "1. Decides that all Member States shall prevent the supply of arms;",
    "2. Welcomes the report of the Panel of Experts;",
    "3. Decides further that the measures shall not apply to:",
    "(a) supplies of non-lethal equipment for humanitarian use;",
    "(b) supplies temporarily exported by journalists;",
    "4. Requests the Secretary-General to report within 60 days, covering:",
    "(a) the supply routes;",
    "(i) by land;",
    "(ii) by sea;",
    "(iii) by air;",
    "(b) the enforcement;",
    "4 bis. Notes the letter of the Panel;",
    "5. Calls upon all parties to respect international humanitarian law;",
    "6. Decides to remain actively seized of the matter.",
]


def write_pair(tmp_path: Path, old: list[str], new: list[str]) -> tuple[Path, Path]:
    a, b = tmp_path / "old.txt", tmp_path / "new.txt"
    a.write_text("\n".join(old) + "\n", encoding="utf-8")
    b.write_text("\n".join(new) + "\n", encoding="utf-8")
    return a, b


def assert_exact(result, out: Path) -> None:
    for merged in ("last", "first"):
        assert read_revisions(out, "accept", merged) == result.b.document.text
        assert read_revisions(out, "reject", merged) == result.a.document.text


def assert_shared_checker_agrees(out: Path) -> dict:
    tool = shared_tool()
    pkg = tool.Package(str(out))
    for mode in ("accept", "reject"):  # the shared reader draws no list labels
        assert tool.body_lines(pkg.document, mode) == read_revisions(out, mode, labels=False).split("\n")
    report = tool.stats(pkg)
    assert report["problems"] == [] and report["opens"]
    return report


def run_texts(out: Path) -> list[str]:
    """All the text of the body's runs, paragraph by paragraph (both sides of every change)."""
    paras = []
    for p in document_xml(out).iter(w("p")):
        paras.append("".join(t.text or "" for t in p.iter(w("t"), w("delText"))))
    return paras


# --------------------------------------------------------------------------- moves


def test_moved_paragraph_is_a_native_move_and_exact(tmp_path: Path) -> None:
    result = compare_files(*write_pair(tmp_path, MOVE_OLD, MOVE_NEW))
    assert any(e.moved for e in result.alignment)
    out = write_redline(result, tmp_path / "r.docx", date=DATE)
    assert_exact(result, out)
    root = document_xml(out)
    body = root.find(w("body"))
    move_from, move_to = list(root.iter(w("moveFrom"))), list(root.iter(w("moveTo")))
    inline_from = [m for m in move_from if m.getparent().tag == w("p")]
    inline_to = [m for m in move_to if m.getparent().tag == w("p")]
    moved_text = "Either party may terminate this agreement with ninety days written notice."
    assert moved_text in "".join(t.text for m in inline_from for t in m.iter(w("t")))
    assert moved_text in "".join(t.text for m in inline_to for t in m.iter(w("t")))
    # the paragraph marks of the moved paragraph are marked as moved too
    marks = [
        m.getparent().getparent().getparent() for m in move_from + move_to if m.getparent().tag == w("rPr")
    ]
    assert len(marks) == 2 and all(p.tag == w("p") for p in marks)
    # balanced ranges: one start and one end per side, same id within a side, one shared name
    for kind in ("moveFrom", "moveTo"):
        starts, ends = list(body.iter(w(kind + "RangeStart"))), list(body.iter(w(kind + "RangeEnd")))
        assert len(starts) == len(ends) == 1
        assert starts[0].get(w("id")) == ends[0].get(w("id"))
        assert starts[0].get(w("author")) == "Clausediff" and starts[0].get(w("date")) == DATE
    names = {s.get(w("name")) for s in body.iter(w("moveFromRangeStart"), w("moveToRangeStart"))}
    assert len(names) == 1
    # a range starts before the moved runs of its paragraph and ends after them
    for kind in ("moveFrom", "moveTo"):
        start = next(body.iter(w(kind + "RangeStart")))
        kids = list(start.getparent())
        assert kids.index(start) < min(kids.index(m) for m in kids if m.tag == w(kind))
    # moves are moves, not comments
    assert not list(root.iter(w("commentRangeStart")))
    report = assert_shared_checker_agrees(out)
    assert report["revisions"]["paragraph_mark_moveFrom"] == report["revisions"]["paragraph_mark_moveTo"] == 1
    assert report["warnings"] == []


def test_comment_form_of_moves_is_still_exact(tmp_path: Path) -> None:
    a, b = write_pair(tmp_path, MOVE_OLD, MOVE_NEW)
    out = tmp_path / "r.docx"
    assert cli_main([str(a), str(b), "--docx-redline", str(out), "--redline-moves", "comments", "-q"]) == 0
    result = compare_files(a, b)
    assert_exact(result, out)
    root = document_xml(out)
    assert not list(root.iter(w("moveFrom"), w("moveTo"), w("moveFromRangeStart"), w("moveToRangeStart")))
    with zipfile.ZipFile(out) as z:
        comments = etree.fromstring(z.read("word/comments.xml"))
    notes = ["".join(t.text for t in c.iter(w("t"))) for c in comments.iter(w("comment"))]
    assert any(n.startswith("Moved to") for n in notes) and any(n.startswith("Moved from") for n in notes)
    report = assert_shared_checker_agrees(out)
    assert report["comments"]["comments_part"] == len(notes) >= 2
    native = tmp_path / "native.docx"
    assert cli_main([str(a), str(b), "--docx-redline", str(native), "-q"]) == 0
    assert list(document_xml(native).iter(w("moveFrom")))


def test_unknown_move_style_is_refused(tmp_path: Path) -> None:
    from compare.errors import ExportError

    result = compare_files(*write_pair(tmp_path, MOVE_OLD, MOVE_NEW))
    with pytest.raises(ExportError):
        write_redline(result, tmp_path / "r.docx", moves="arrows")


def test_ids_are_unique_and_elements_in_schema_order(tmp_path: Path) -> None:
    """One id space for insertions, deletions, moves, move ranges and comments; w:pPr children in the
    CT_PPr sequence and the paragraph mark's revision first in its w:rPr."""
    old = MOVE_OLD + NUMBERED_OLD
    new = NUMBERED_NEW[:3] + MOVE_NEW + NUMBERED_NEW[3:]
    result = compare_documents(
        Document.from_paragraphs("old.txt", "txt", old), Document.from_paragraphs("new.txt", "txt", new)
    )
    for moves in ("native", "comments"):
        out = write_redline(result, tmp_path / f"{moves}.docx", date=DATE, moves=moves)
        assert_exact(result, out)
        root = document_xml(out)
        tags = ("ins", "del", "moveFrom", "moveTo", "moveFromRangeStart", "moveToRangeStart")
        ids = [e.get(w("id")) for e in root.iter(*(w(t) for t in tags))]
        with zipfile.ZipFile(out) as z:
            if "word/comments.xml" in z.namelist():
                ids += [
                    c.get(w("id")) for c in etree.fromstring(z.read("word/comments.xml")).iter(w("comment"))
                ]
        assert ids and len(ids) == len(set(ids)) and all(i.isdigit() for i in ids)
        order = ["pStyle", "numPr", "rPr"]
        for ppr in root.iter(w("pPr")):
            names = [etree.QName(c).localname for c in ppr]
            assert names == sorted(names, key=order.index), names
            rpr = ppr.find(w("rPr"))
            if rpr is not None:
                assert etree.QName(rpr[0]).localname in ("ins", "del", "moveFrom", "moveTo")
        assert_shared_checker_agrees(out)


# --------------------------------------------------------------------------- numbering


def test_numbered_paragraphs_are_a_real_list(tmp_path: Path) -> None:
    result = compare_files(*write_pair(tmp_path, NUMBERED_OLD, NUMBERED_NEW))
    out = write_redline(result, tmp_path / "r.docx", date=DATE)
    assert_exact(result, out)  # labels drawn by the numbering, renumbered on accept and on reject
    body = document_xml(out).find(w("body"))
    numbered = [p for p in body.iter(w("p")) if p.find(f"{w('pPr')}/{w('numPr')}") is not None]
    assert len(numbered) >= 14
    # no typed label left in the runs, except the one no numbering format draws
    label = re.compile(r"^\s*(\d+\.|\([a-z]+\))")
    texts = run_texts(out)
    assert not [t for t in texts if label.match(t)]
    assert sum(t.lstrip().startswith("4 bis.") for t in texts) == 1
    # one abstract definition per label form, however many restarts
    with zipfile.ZipFile(out) as z:
        numbering = etree.fromstring(z.read("word/numbering.xml"))
    used = {n.get(w("val")) for n in body.iter(w("numId"))}
    nums = [n for n in numbering.iter(w("num")) if n.get(w("numId")) in used]
    abstracts = {n.find(w("abstractNumId")).get(w("val")) for n in nums}
    assert len(abstracts) == 3  # "1.", "(a)", "(i)"
    assert len(nums) > len(abstracts)  # "(a)" restarts under paragraph 4
    forms = set()
    for a in numbering.iter(w("abstractNum")):
        if a.get(w("abstractNumId")) in abstracts:
            lvl = a.find(w("lvl"))
            forms.add((lvl.find(w("numFmt")).get(w("val")), lvl.find(w("lvlText")).get(w("val"))))
    assert forms == {("decimal", "%1."), ("lowerLetter", "(%1)"), ("lowerRoman", "(%1)")}
    assert_shared_checker_agrees(out)


def test_a_paragraph_split_between_versions_keeps_every_label_as_numbering(tmp_path: Path) -> None:
    """Old 2 loses its first sentence to the plain paragraph before it: the deleted and inserted text
    around the moved paragraph break is laid out so both versions' paragraph 2 start together."""
    old = [
        "The Council,",
        "1. Recalls its earlier decisions on the matter.",
        "A plain paragraph about the year that was difficult for everyone.",
        "2. Families and work should be easier to combine for parents. Careers are very hard to build.",
        "3. Decides to remain seized.",
    ]
    new = [
        "The Council,",
        "1. Recalls its earlier decisions on the matter.",
        "A plain paragraph about the year that was difficult for everyone. Many firms have made plans.",
        "2. Careers are very hard to build.",
        "3. Decides to remain seized.",
    ]
    result = compare_files(*write_pair(tmp_path, old, new))
    out = write_redline(result, tmp_path / "r.docx", date=DATE)
    assert_exact(result, out)
    assert not [t for t in run_texts(out) if re.match(r"\s*\d\.", t)]  # all six labels are numbering
    assert_shared_checker_agrees(out)


_WORDS = ["the", "Council", "shall", "decides", "report", "States", "measures", "90", "days", "of"]
_sentence = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6).map(" ".join)


def _relabel(paras: list[tuple[int, str]]) -> list[str]:
    """Paragraphs (depth, text) as a draft types them: "1." then "(a)" items, numbered in sequence."""
    out, top, sub = [], 0, 0
    for depth, text in paras:
        if depth == 0:
            top, sub = top + 1, 0
            out.append(f"{top}. {text}")
        elif depth == 1:
            sub += 1
            out.append(f"({'abcdefghijklmnopqrstuvwxyz'[(sub - 1) % 26]}) {text}")
        else:
            out.append(text)
    return out


@st.composite
def _numbered_drafts(draw):
    body = draw(st.lists(st.tuples(st.sampled_from([0, 0, 1, 2]), _sentence), min_size=1, max_size=8))
    new = []
    for depth, text in draw(st.permutations(body)) if draw(st.booleans()) else body:
        action = draw(st.sampled_from(["keep", "keep", "drop", "edit", "add"]))
        if action == "drop":
            continue
        if action == "edit":
            text = text + " " + draw(st.sampled_from(_WORDS))
        new.append((depth, text))
        if action == "add":
            new.append((draw(st.sampled_from([0, 1, 2])), draw(_sentence)))
    old_text = _relabel(body)
    new_text = _relabel(new) or ["Nothing."]
    if draw(st.booleans()) and len(old_text) > 1:  # a draft whose labels were not renumbered
        old_text[-1] = old_text[-1].replace("1.", "7.", 1)
    return old_text, new_text


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_numbered_drafts(), st.sampled_from(["native", "comments"]))
def test_any_edit_of_a_numbered_draft_is_exact_with_drawn_labels(tmp_path_factory, drafts, moves) -> None:
    old, new = drafts
    result = compare_documents(
        Document.from_paragraphs("old.txt", "txt", old), Document.from_paragraphs("new.txt", "txt", new)
    )
    out = write_redline(result, tmp_path_factory.mktemp("r") / "r.docx", date=DATE, moves=moves)
    assert_exact(result, out)


# --------------------------------------------------------------------------- LibreOffice


def _lo_tool() -> Path:
    tool = SHARED / "tools" / "lo_accept_all.py"
    if shutil.which("soffice") is None or not tool.exists() or not Path("/usr/bin/python3").exists():
        pytest.skip("LibreOffice or the shared tool is not available")
    probe = subprocess.run(["/usr/bin/python3", "-c", "import uno"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("LibreOffice's Python bridge (python3-uno) is not available")
    return tool


def lo_resolved_text(tool: Path, out: Path, mode: str, work: Path) -> list[str]:
    """LibreOffice accepts (or rejects) every change, saves, and exports plain text with list labels."""
    work.mkdir(parents=True, exist_ok=True)
    saved = work / f"{mode}.docx"
    args = ["/usr/bin/python3", str(tool), str(out), "--save", str(saved)]
    if mode == "reject":
        args.append("--reject")
    subprocess.run(args, check=True, capture_output=True, timeout=180)
    profile = (work / "profile").resolve()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "txt:Text (encoded):UTF8",
            "--outdir",
            str(work),
            str(saved),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env={**os.environ, "HOME": str(work)},
    )
    text = (work / f"{mode}.txt").read_text(encoding="utf-8-sig")
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def _spaced(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


@pytest.mark.parametrize("pair", ["numbered", "moved"])
def test_libreoffice_accepts_and_rejects_to_the_two_texts(tmp_path: Path, pair: str) -> None:
    tool = _lo_tool()
    old, new = (NUMBERED_OLD, NUMBERED_NEW) if pair == "numbered" else (MOVE_OLD, MOVE_NEW)
    result = compare_files(*write_pair(tmp_path, old, new))
    out = write_redline(result, tmp_path / "r.docx", date=DATE)
    assert lo_resolved_text(tool, out, "accept", tmp_path / "lo") == _spaced(result.b.document.text)
    assert lo_resolved_text(tool, out, "reject", tmp_path / "lo") == _spaced(result.a.document.text)
