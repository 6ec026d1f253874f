"""Helpers for the GUI tests: isolated settings, a window fixture, and real document pairs on disk."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:  # run from a checkout without installing: import gui/ and compare/ in place
    sys.path.insert(0, _ROOT)

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDragEnterEvent, QDropEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

OLD_TEXT = """Draft resolution on coastal fisheries

1. Decides that all States shall prevent the export of coal, iron and textiles to the region;

2. Requests the Committee to review the list of goods within thirty days of the adoption of this resolution;

3. Calls upon all States to report to the Committee within ninety days on the steps they have taken;

4. Encourages the resumption of consultations among the parties concerned at an early date;

5. Decides to remain actively seized of the matter.
"""

NEW_TEXT = """Draft resolution on coastal fisheries

1. Decides that all States shall prevent the export of coal, iron, copper and textiles to the region;

2. Encourages the resumption of consultations among the parties concerned at an early date;

3. Calls upon all States to report to the Committee within ninety days on the steps they have taken;

4. Welcomes the establishment of a regional fisheries observatory with a permanent secretariat;

5. DECIDES to remain actively seized of the matter.
"""


def filler(n: int) -> str:
    """A distinct, unremarkable paragraph (so long documents align unambiguously)."""
    words = [
        "member",
        "States",
        "shall",
        "cooperate",
        "fully",
        "with",
        "the",
        "Panel",
        "regarding",
        "vessels",
    ]
    tail = " ".join(words[(n + k) % len(words)] for k in range(18))
    return f"Paragraph number {n} notes that {tail} as agreed in session {n * 7 + 3}."


def long_pair(n: int = 80, changed: tuple[int, ...] = (10, 40, 70)) -> tuple[str, str]:
    """Two long documents differing in a few paragraphs spread over the text."""
    old = [filler(i) for i in range(n)]
    new = list(old)
    for i in changed:
        new[i] = new[i].replace("notes that", "firmly notes that").replace("as agreed", "as finally agreed")
    return "\n\n".join(old) + "\n", "\n\n".join(new) + "\n"


def write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def write_pair(tmp_path: Path, old: str = OLD_TEXT, new: str = NEW_TEXT) -> tuple[str, str]:
    return write(tmp_path / "draft_old.txt", old), write(tmp_path / "draft_new.txt", new)


def drop_files(target: QWidget, paths: list[str]) -> None:
    """Deliver a real QDropEvent carrying file URLs, as the window system does after a drag."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(p) for p in paths])
    pos = QPointF(target.width() / 2, target.height() / 2)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # Qt delivers a drop only to the widget that accepted the drag's enter event, as in a real drag
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted(), "the drop target refused the drag"
    QApplication.sendEvent(target, QDropEvent(pos, Qt.DropAction.CopyAction, mime, buttons, mods))


def center(rect) -> QPoint:
    return QPoint(int(rect.center().x()), int(rect.center().y()))


def idle(window) -> bool:
    return not any(window.runner.is_busy(k) for k in ("compare", "read-a", "read-b", "export"))


def wait_compared(qtbot, window, timeout: int = 10000) -> None:
    qtbot.waitUntil(lambda: window.presentation is not None and idle(window), timeout=timeout)


@pytest.fixture
def isolated_settings(tmp_path: Path, qapp):
    """Never read or write a user's settings: an INI file under tmp_path and a test-only name."""
    from PySide6.QtCore import QSettings

    QCoreApplication.setOrganizationName("ClausediffTests")
    QCoreApplication.setApplicationName("ClausediffTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def window(qtbot, isolated_settings):
    from gui.mainwindow import MainWindow

    w = MainWindow()
    w.dialogs_enabled = False
    w.exporter.act_open_when_done.setChecked(False)
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.runner.cancel_all()
    w.runner.wait(5000)
