"""Drag and drop of files: onto the window (an event filter) or onto one pane (its ``filesDropped``).

One rule for both, in :meth:`DropHandler.handle_drop`: one file loads on the side it was dropped on
(or the first empty side), two files load as original and revised.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QDropEvent

if TYPE_CHECKING:
    from .mainwindow import MainWindow


class DropHandler(QObject):
    """Accepts file drags on the window and turns drops into loads."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Take file drags and drops on the window; anything else goes on to the window as usual."""
        if watched is not self.window or not isinstance(event, QDropEvent):
            return False
        if event.type() == QEvent.Type.DragEnter and event.mimeData().hasUrls():
            event.acceptProposedAction()
            return True
        if event.type() == QEvent.Type.Drop:
            paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
            if paths:
                event.acceptProposedAction()
                # after the drop returns: the drag source is not kept waiting while files are read
                QTimer.singleShot(0, lambda: self.handle_drop(paths))
                return True
        return False

    def handle_drop(self, paths: list[str], side: str | None = None) -> None:
        """One file loads on the side it was dropped on; two files load as original and revised; three or
        more are versions of one draft, compared in the order the user confirms."""
        win = self.window
        paths = [p for p in paths if p]
        if len(paths) >= 3:
            win.series.open(paths)
        elif len(paths) == 2:
            win.load_pair(paths[0], paths[1])
        elif len(paths) == 1:
            if side is None:
                side = "a" if win.session.sides["a"].document is None else "b"
            win.session.load_file(side, paths[0])
