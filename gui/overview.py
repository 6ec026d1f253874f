"""A thin strip beside the revised pane showing where the changes are in the whole document."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from . import theme
from .pane import DocumentPane
from .presentation import Presentation

# where changes overlap in one pixel row, show the one that matters most
_PRIORITY = {"removed": 4, "added": 3, "changed": 2, "moved": 1, "renumbered": 0}


class OverviewStrip(QWidget):
    """Click to jump to the change nearest the clicked position."""

    changeClicked = Signal(int)  # index into Presentation.changes

    def __init__(self, pane: DocumentPane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane = pane
        self.presentation: Presentation | None = None
        self._marks: list[tuple[float, float, str]] = []  # (fraction, height fraction, mark) per change
        self._cache: tuple[tuple[int, int, int], QPixmap] | None = None
        self.setFixedWidth(14)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName("Change overview")
        self.setAccessibleDescription("Where the changes are in the revised document; click to jump")
        self.setToolTip("Where the changes are. Click to jump to the nearest one.")
        pane.verticalScrollBar().valueChanged.connect(self.update)
        pane.verticalScrollBar().rangeChanged.connect(self.update)

    def set_presentation(self, pres: Presentation | None) -> None:
        self.presentation = pres
        self._cache = None
        self._marks = list(pres.overview_marks) if pres is not None else []  # built in the worker
        self.update()

    def _track(self) -> QRectF:
        return QRectF(2, 4, self.width() - 4, max(1, self.height() - 8))

    def _marks_pixmap(self, tr: QRectF) -> QPixmap:
        """Changes drawn once per size: one coloured run per pixel row, whatever the number of changes."""
        key = (int(tr.width()), int(tr.height()), self.palette().cacheKey())
        if self._cache is not None and self._cache[0] == key:
            return self._cache[1]
        pm = QPixmap(max(1, key[0]), max(1, key[1]))
        pm.fill(self.palette().color(QPalette.ColorRole.Base))
        # renumbering alone is common after one insertion (hundreds of paragraphs) and says little: it gets
        # a hairline column at the left so it never buries the real changes under a wall of colour
        rows: dict[int, str] = {}
        renumbered: set[int] = set()
        h = key[1]
        for frac, hfrac, mark in self._marks:
            y0 = int(frac * h)
            span = range(y0, min(h, max(y0 + 2, int((frac + hfrac) * h) + 1)))
            if mark == "renumbered":
                renumbered.update(span)
                continue
            for y in span:
                if _PRIORITY.get(mark, 0) >= _PRIORITY.get(rows.get(y, ""), 0):
                    rows[y] = mark
        painter = QPainter(pm)
        colours = {m: theme.solid(m, self.palette()) for m in {*rows.values(), "renumbered"}}
        hair = 2 if key[0] > 6 else 0
        for y in renumbered:
            painter.fillRect(QRectF(0, y, hair, 1), colours["renumbered"])
        for y, mark in rows.items():
            painter.fillRect(QRectF(hair, y, key[0] - hair, 1), colours[mark])
        painter.end()
        self._cache = (key, pm)
        return pm

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Window))
        tr = self._track()
        painter.drawPixmap(tr.topLeft(), self._marks_pixmap(tr))
        sb = self.pane.verticalScrollBar()
        total = sb.maximum() + sb.pageStep()
        if total > 0 and self.pane.document is not None:
            y0 = tr.top() + sb.value() / total * tr.height()
            h = max(6.0, sb.pageStep() / total * tr.height())
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 1.2))
            painter.drawRect(QRectF(tr.left() - 1, y0, tr.width() + 1, h))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if not self._marks:
            return
        tr = self._track()
        frac = (event.position().y() - tr.top()) / tr.height()
        best = min(range(len(self._marks)), key=lambda n: abs(self._marks[n][0] - frac))
        self.changeClicked.emit(best)
