"""View > Show Only Changes: unchanged runs fold to one line in both panes, changes stay reachable."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

import gui_helpers  # noqa: E402
from gui_helpers import long_pair, wait_compared, write  # noqa: E402

from gui.folding import HIDDEN, fold_text  # noqa: E402

isolated_settings = gui_helpers.isolated_settings  # fixtures
window = gui_helpers.window


def load_long(qtbot, window, tmp_path: Path) -> None:
    old, new = long_pair(80, changed=(10, 40, 70))
    window.load_pair(write(tmp_path / "old.txt", old), write(tmp_path / "new.txt", new))
    wait_compared(qtbot, window)


def test_only_changes_folds_unchanged_runs_and_keeps_every_change(qtbot, window, tmp_path: Path) -> None:
    load_long(qtbot, window, tmp_path)
    right = window.panes["b"]
    full = right.verticalScrollBar().maximum()
    assert window.act.only_changes.isCheckable() and not window.act.only_changes.isChecked()
    window.act.only_changes.trigger()
    assert right.only_changes and window.panes["a"].only_changes
    # 80 paragraphs, 3 changed: four folded runs (before, between, after), each one line
    folds = {p: n for p, n in right._folds.items() if n != HIDDEN}
    assert sorted(folds.values()) == [9, 10, 29, 29]  # ¶0-9, 11-39, 41-69, 71-79
    assert sum(1 for n in right._folds.values() if n == HIDDEN) == sum(n - 1 for n in folds.values())
    assert right.verticalScrollBar().maximum() < full / 4
    assert fold_text(29) == "\u22ef 29 unchanged paragraphs"
    # every change is still shown and reachable with Next, in both panes
    pres = window.presentation
    for k in pres.changes:
        window.act.next.trigger()
        e = pres.result.alignment[k]
        assert window.navigator.current_entry == k
        assert right.is_clause_visible(e.b[0]) and window.panes["a"].is_clause_visible(e.a[0])
        top, bottom = right.clause_span(e.b[0])
        assert bottom - top > right._line_h * 0.9  # laid out, not squashed into a fold line
    # a fold line is not a clause: clicking it selects nothing
    first_fold = min(folds)
    right.verticalScrollBar().setValue(0)
    y = right._tops[first_fold] + 2
    from PySide6.QtCore import QPointF

    assert right.clause_at(QPointF(60, y)) is None
    # off again: the full text is back, and the setting is remembered
    window.act.only_changes.trigger()
    assert right._folds == {}
    assert window.settings.value("view/only_changes", type=bool) is False


def test_only_changes_is_painted(qtbot, window, tmp_path: Path) -> None:
    load_long(qtbot, window, tmp_path)
    right = window.panes["b"]
    right.verticalScrollBar().setValue(0)
    before = right.viewport().grab().toImage()
    window.act.only_changes.trigger()
    right.verticalScrollBar().setValue(0)
    qtbot.wait(20)
    after = right.viewport().grab().toImage()
    assert before != after
