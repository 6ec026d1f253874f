"""Zoom shows at once in both panes: checked on the pixels the window system has, not on widget state."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

import gui_helpers  # noqa: E402
from gui_helpers import wait_compared, write_pair  # noqa: E402
from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402

isolated_settings = gui_helpers.isolated_settings  # fixtures
window = gui_helpers.window


def on_screen(window, side: str) -> QImage:
    """What the window system shows of a pane: the window's backing store, not a fresh render."""
    pane = window.panes[side]
    img = window.screen().grabWindow(window.winId()).toImage()
    tl = pane.viewport().mapTo(window, QPoint(0, 0))
    return img.copy(tl.x(), tl.y(), pane.viewport().width(), pane.viewport().height())


def fresh_render(window, side: str) -> QImage:
    return window.panes[side].viewport().grab().toImage()


@pytest.mark.parametrize("step", [+3, -2])
def test_zoom_repaints_both_panes_at_once(qtbot, window, tmp_path: Path, step: int) -> None:
    window.load_pair(*write_pair(tmp_path))
    wait_compared(qtbot, window)
    qtbot.wait(50)
    window.panes["a"].setFocus()  # the menu path: only one pane has the focus
    before = {s: on_screen(window, s) for s in "ab"}
    for _ in range(abs(step)):
        window.change_font_size(1 if step > 0 else -1)
    qtbot.wait(50)  # let queued paints run; no scroll, no resize
    for side in "ab":
        shown = on_screen(window, side)
        assert shown != before[side], f"pane {side} still shows the old text size"
        # and what is shown is the new size, exactly as a full repaint draws it
        rgb = QImage.Format.Format_RGB32
        assert shown.convertToFormat(rgb) == fresh_render(window, side).convertToFormat(rgb)
