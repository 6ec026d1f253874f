"""A long pair is shown once aligned and diffed; its list items follow (gui.session.EARLY_VIEW_CHARS).

The tests hold the comparison between the early result and its list items with a gate, so what the user
sees in between (the panes and change list, an Items panel that says it is working, exports that wait) is
checked deterministically, then released.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

import gui_helpers  # noqa: E402
from gui_helpers import idle, wait_compared, write_pair  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from gui import session as session_module  # noqa: E402

isolated_settings = gui_helpers.isolated_settings  # fixtures
window = gui_helpers.window


@pytest.fixture
def gated(window, monkeypatch):
    """Every pair counts as long; the engine stops after the early result until ``release`` is set."""
    monkeypatch.setattr(session_module, "EARLY_VIEW_CHARS", 0)
    real = window.session.compare_fn
    release = threading.Event()
    seen: list = []

    def compare(doc_a, doc_b, options, progress, cancel, pins=(), cuts=(), early=None):
        def early_then_wait(partial):
            seen.append(partial)
            early(partial)
            release.wait(10)

        assert early is not None, "the window did not ask for an early result"
        return real(doc_a, doc_b, options, progress, cancel, pins=pins, cuts=cuts, early=early_then_wait)

    window.session.compare_fn = compare
    yield release, seen
    release.set()


def test_the_comparison_is_shown_before_its_list_items(qtbot, window, gated, tmp_path: Path) -> None:
    release, seen = gated
    window.load_pair(*write_pair(tmp_path))
    qtbot.waitUntil(lambda: window.presentation is not None)
    pres = window.presentation
    assert pres.result is seen[0] and pres.result.items_pending and pres.result.items == []
    assert pres.changes and window.change_list.model().rowCount() > 0
    assert window.items_stack.currentWidget() is window.items_placeholder
    assert "Finding list items" in window.items_placeholder.text()
    assert window.runner.is_busy("compare") and window.cancel_button.isVisible()
    assert not any(act.isEnabled() for act in window.exporter.actions.values())
    assert "list items" in next(iter(window.exporter.actions.values())).toolTip()
    assert "items +" not in window.summary_label.text()

    release.set()
    wait_compared(qtbot, window)
    assert window.presentation is pres  # the panes were not rebuilt: only the result under them changed
    res = pres.result
    assert res is not seen[0] and not res.items_pending and res.alignment is seen[0].alignment
    assert [it.b for it in res.items if it.status.value == "added"] == ["copper"]
    assert window.items_stack.currentWidget() is window.items_panel
    assert "items +1" in window.summary_label.text()
    assert all(act.isEnabled() for act in window.exporter.actions.values())


def test_cancelling_while_items_are_found_keeps_the_comparison(qtbot, window, gated, tmp_path: Path) -> None:
    release, _seen = gated
    window.load_pair(*write_pair(tmp_path))
    qtbot.waitUntil(lambda: window.presentation is not None and window.cancel_button.isVisible())
    QTest.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: idle(window))
    window.runner.wait(5000)
    assert window.presentation is not None and window.presentation.result.items_pending
    assert "stopped before its list items" in window.items_placeholder.text()
    assert "list items cancelled" in window.summary_label.text()
    assert not any(act.isEnabled() for act in window.exporter.actions.values())


def test_a_short_pair_comes_whole(qtbot, window, tmp_path: Path) -> None:
    shown = []
    real_show = window.show_result
    window.show_result = lambda pres: (shown.append(pres.result.items_pending), real_show(pres))
    window.load_pair(*write_pair(tmp_path))
    wait_compared(qtbot, window)
    assert shown == [False]
