"""Renumbering: one row per renumbered run, none for sub-items that kept their letter, Ignore Renumbering
in the window and the reports, and cross-references left pointing at renumbered paragraphs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from compare.engine import compare_documents
from compare.export.renumbering import change_rows, own_shift, stale_references
from compare.export.report_docx import report_rows
from compare.export.report_html import render_html
from compare.readers import read_text


def resolution_pair() -> tuple[str, str]:
    """Ten operative paragraphs; the revision inserts a new paragraph 3, so 3-10 become 4-11."""
    head = ["The Security Council,", "Recalling its earlier decisions,"]
    ops = [
        f"{n}. Decides that measure number {n} on topic {chr(96 + n)}{n * 13} shall apply;"
        for n in range(1, 11)
    ]
    ops[3] = (
        "4. Decides that:\n(a) the first sub item about fishing vessels;\n"
        "(b) the second sub item about ports;"
    )
    ops[5] = "6. Decides that the measures in paragraphs 4 to 9 shall be reviewed in one year;"
    new = []
    for n, text in enumerate(ops, 1):
        if n == 3:
            new.append("3. Welcomes the establishment of a regional fisheries observatory;")
        new.append(text.replace(f"{n}. ", f"{n + 1 if n >= 3 else n}. ", 1))
    return "\n\n".join(head + ops) + "\n", "\n\n".join(head + new) + "\n"


@pytest.fixture(scope="module")
def result():
    old, new = resolution_pair()
    return compare_documents(read_text(old, "old.txt"), read_text(new, "new.txt"))


def test_own_shift_reads_numbers_letters_and_roman_numerals() -> None:
    assert own_shift("4", "5") == 1
    assert own_shift("2(c)", "2(b)") == -1
    assert own_shift("4(a)", "5(a)") == 0  # only the paragraph moved
    assert own_shift("3(i)", "3(ii)") == 1
    assert own_shift("3(ii)", "3(iii)") == 1
    assert own_shift("4", "4(a)") is None  # a number and a letter cannot be compared
    assert own_shift(None, "4") is None


def test_a_renumbered_run_is_one_row_and_sub_items_with_their_letter_are_none(result) -> None:
    rows = change_rows(result)
    renumbered = [r for r in rows if r.kind == "renumbered"]
    assert len(renumbered) == 1
    run = renumbered[0]
    assert run.text == "§4–§11 renumbered (+1)"
    labels = {result.b.clauses[j].label for k in run.entries for j in result.alignment[k].b}
    assert not any("(" in (lab or "") for lab in labels)  # 5(a), 5(b) kept their letters: not in the run
    assert [r.text for r in rows if r.kind == "change"] == ["§3 added"]
    # every renumbered entry is still reachable: each one is either in the run or a sub-item
    relabelled = [k for k, e in enumerate(result.alignment) if e.relabelled]
    assert len(relabelled) > len(run.entries)


def test_a_stale_cross_reference_is_a_warning_row(result) -> None:
    warnings = [r for r in change_rows(result) if r.kind == "warning"]
    assert len(warnings) == 1
    text = warnings[0].text
    assert (
        "paragraphs 4 to 9" in text and "paragraph 4 is now §5" in text and "paragraph 9 is now §10" in text
    )
    e = result.alignment[warnings[0].entries[0]]
    assert "paragraphs 4 to 9" in result.entry_text(e, "b")


def test_a_reference_the_author_updated_is_not_flagged() -> None:
    old, new = resolution_pair()
    new = new.replace("paragraphs 4 to 9", "paragraphs 5 to 10")
    res = compare_documents(read_text(old, "old.txt"), read_text(new, "new.txt"))
    assert stale_references(res) == []


def test_ignore_renumbering_hides_the_run_but_keeps_real_changes_and_warnings(result) -> None:
    rows = change_rows(result, ignore_renumbering=True)
    assert [r.kind for r in rows].count("renumbered") == 0
    assert "§3 added" in [r.text for r in rows]
    assert any(r.kind == "warning" for r in rows)


def test_reports_follow_ignore_renumbering(result) -> None:
    shown = [r.change for r in report_rows(result) if not r.collapsed]
    assert any(c.startswith("renumbered (+1)") for c in shown)
    hidden = [r.change for r in report_rows(result, ignore_renumbering=True) if not r.collapsed]
    assert not any(c.startswith("renumbered") for c in hidden)
    assert any("paragraphs 4 to 9" in c for c in hidden)  # the warning stays
    html = render_html(result, ignore_renumbering=True)
    assert "renumbered (+1)" not in html and "renumbered (+1)" in render_html(result)


def test_the_cli_summary_has_the_same_rows(tmp_path: Path) -> None:

    root = Path(__file__).resolve().parents[1]
    old, new = resolution_pair()
    (tmp_path / "old.txt").write_text(old, encoding="utf-8")
    (tmp_path / "new.txt").write_text(new, encoding="utf-8")

    def run(*extra: str) -> list[str]:
        cmd = [sys.executable, str(root / "main.py"), "compare", "old.txt", "new.txt", *extra]
        proc = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        lines = proc.stdout.split("Changes:")[1].splitlines()
        return [line.strip() for line in lines if line.startswith("  ")]

    shown = run()
    assert "§4–§11 renumbered (+1)" in shown
    assert not any("5(a)" in line for line in shown)
    assert sum(line.startswith("\u26a0") for line in shown) == 1
    hidden = run("--ignore-renumbering")
    assert not any("renumbered" in line for line in hidden)
    assert "§3 added" in hidden and any(line.startswith("\u26a0") for line in hidden)


def test_a_paragraph_numbered_by_the_document_itself_is_named_by_that_number() -> None:
    from compare.export.describe import clause_ref
    from compare.model import Clause, CompareOptions, ComparisonResult, Document, Side, Stats

    doc = Document.from_paragraphs("a.docx", "docx", ["Preamble text.", ("Decides to act.", {"label": "4."})])
    clauses = [
        Clause(0, "Preamble text.", 0, 14, 0),
        Clause(1, "Decides to act.", 15, 30, 1),  # no label found in the text: Word numbering has it
    ]
    side = Side(doc, clauses)
    res = ComparisonResult(side, side, [], [], Stats(), CompareOptions(), "now")
    assert clause_ref(res, "b", 1) == "§4"
    assert clause_ref(res, "b", 0) == "new ¶1"
