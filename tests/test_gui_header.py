"""Pane headers in a narrow window: the word count goes first, then the name elides in the middle, and
the full path is always in the tooltip."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

import gui_helpers  # noqa: E402
from gui_helpers import NEW_TEXT, OLD_TEXT, wait_compared, write  # noqa: E402

isolated_settings = gui_helpers.isolated_settings  # fixtures
window = gui_helpers.window

LONG_OLD = "security-council-resolution-on-the-northern-strait-first-draft-v1.txt"
LONG_NEW = "security-council-resolution-on-the-northern-strait-first-draft-v2.txt"


def test_a_long_name_elides_in_the_middle_after_the_word_count_goes(qtbot, window, tmp_path: Path) -> None:
    old = write(tmp_path / LONG_OLD, OLD_TEXT)
    new = write(tmp_path / LONG_NEW, NEW_TEXT)
    window.load_pair(old, new)
    wait_compared(qtbot, window)
    header = window.headers["b"]
    window.resize(1800, 700)
    qtbot.waitUntil(lambda: "words" in header.meta_label.text())
    assert header.name_label.shown_text() == LONG_NEW  # room for everything
    window.resize(1280, 700)
    qtbot.waitUntil(lambda: header.meta_label.text() in ("TXT", ""))  # the count went, the name stays whole
    if header.meta_label.text() == "TXT":
        assert header.name_label.shown_text() == LONG_NEW
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: header.meta_label.isHidden())
    shown = header.name_label.shown_text()
    assert "\u2026" in shown  # elided...
    assert shown.startswith("secur") and shown.endswith("v2.txt")  # ...in the middle: the version shows
    assert header.name_label.text() == LONG_NEW
    assert header.name_label.toolTip() == new  # the full path
    assert "words" in header.meta_label.toolTip()
    # the two headers still tell the versions apart
    assert window.headers["a"].name_label.shown_text().endswith("v1.txt")
