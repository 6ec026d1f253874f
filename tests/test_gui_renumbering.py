"""Renumbering in the window: runs as one row, no mark for sub-items that kept their letter, and
Options > Ignore Renumbering."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

import gui_helpers  # noqa: E402
from gui_helpers import wait_compared, write  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from test_renumbering import resolution_pair  # noqa: E402

isolated_settings = gui_helpers.isolated_settings  # fixtures
window = gui_helpers.window


def test_the_window_shows_runs_and_toggles_ignore_renumbering(qtbot, window, tmp_path: Path) -> None:
    w = window
    old, new = resolution_pair()
    w.load_pair(write(tmp_path / "old.txt", old), write(tmp_path / "new.txt", new))
    wait_compared(qtbot, w)
    model = w.change_list.model()
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "§4–§11 renumbered (+1)" in texts
    warning_row = next(r for r, t in enumerate(texts) if t.startswith("\u26a0"))
    assert "cross-reference" in model.index(warning_row, 0).data(
        Qt.ItemDataRole.ToolTipRole
    )  # ToolTipRole explains the kind
    res = w.presentation.result
    sub = next(j for j, c in enumerate(res.b.clauses) if c.label == "5(a)")
    assert w.presentation.b.clause_mark[sub] == ""  # kept its letter: no mark in the pane
    w.act.ignore_renumbering.trigger()
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert not any("renumbered" in t for t in texts)
    assert "§3 added" in texts
    assert "renumbered" not in w.summary_label.text()
    w.act.ignore_renumbering.trigger()
    assert model.rowCount() == len(texts) + 1


def test_the_window_exports_reports_without_renumbering_when_ignored(qtbot, window, tmp_path: Path) -> None:
    old, new = resolution_pair()
    window.load_pair(write(tmp_path / "old.txt", old), write(tmp_path / "new.txt", new))
    wait_compared(qtbot, window)
    shown, hidden = tmp_path / "shown.html", tmp_path / "hidden.html"
    window.export("html", str(shown))
    qtbot.waitUntil(lambda: shown.exists() and not window.runner.is_busy("export"))
    window.act.ignore_renumbering.trigger()
    window.export("html", str(hidden))
    qtbot.waitUntil(lambda: hidden.exists() and not window.runner.is_busy("export"))
    assert "renumbered (+1)" in shown.read_text(encoding="utf-8")
    text = hidden.read_text(encoding="utf-8")
    assert "renumbered (+1)" not in text and "paragraphs 4 to 9" in text
