"""The window's Word redline export on a .docx pair: written on the revised document, counts shown."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

import gui_helpers  # noqa: E402
from gui_helpers import idle, wait_compared  # noqa: E402
from test_export_docx_redline import ORIGINAL, REVISED, build  # noqa: E402

isolated_settings = gui_helpers.isolated_settings  # fixtures
window = gui_helpers.window


def test_the_window_reports_the_redline_counts(qtbot, window, tmp_path):
    a = build(tmp_path / "original.docx", ORIGINAL)
    b = build(tmp_path / "revised.docx", REVISED)
    window.load_pair(str(a), str(b))
    wait_compared(qtbot, window, timeout=30000)
    target = tmp_path / "out.docx"
    window.export("redline", str(target))
    qtbot.waitUntil(lambda: idle(window) and any(m[1] == "Exported" for m in window.messages), timeout=30000)
    exported = [m for m in window.messages if m[1] == "Exported"]
    assert "redline on the revised .docx:" in exported[0][2] and "3 formatting changes" in exported[0][2]
    assert not [m for m in window.messages if m[0] == "error"]
