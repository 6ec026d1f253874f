"""The gutter between the panes: Meld-style bands joining each changed clause to its partner."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QWidget

from compare.model import AlignmentEntry

from . import theme
from .pane import DocumentPane
from .presentation import Presentation, entry_mark


class LinkMap(QWidget):
    """Draws connectors for the entries visible in either pane; it holds no state of its own."""

    def __init__(self, left: DocumentPane, right: DocumentPane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left, self.right = left, right
        self.presentation: Presentation | None = None
        self.current_entry: int | None = None
        self.setFixedWidth(44)
        self.setAccessibleName("Connector gutter")
        self.setAccessibleDescription("Bands joining each changed clause of the original to its revision")
        for pane in (left, right):
            pane.verticalScrollBar().valueChanged.connect(self.update)

    def set_presentation(self, pres: Presentation | None) -> None:
        self.presentation = pres
        self.current_entry = None
        self.update()

    def _offset(self, pane: DocumentPane) -> float:
        return float(
            pane.viewport().mapTo(self.window(), QPoint(0, 0)).y()
            - self.mapTo(self.window(), QPoint(0, 0)).y()
        )

    def _span(self, pane: DocumentPane, clauses: tuple[int, ...], off: float) -> tuple[float, float]:
        t0, _ = pane.clause_span(clauses[0], exact=False)
        _, b1 = pane.clause_span(clauses[-1], exact=False)
        return t0 + off, max(b1, t0 + 2) + off

    def visible_entries(self) -> list[int]:
        pres = self.presentation
        if pres is None or self.left.view is None or self.right.view is None:
            return []
        ks = {pres.a.clause_entry[i] for i in self.left.visible_clause_range()}
        ks |= {pres.b.clause_entry[i] for i in self.right.visible_clause_range()}
        return sorted(k for k in ks if k >= 0)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Window))
        pres = self.presentation
        if pres is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        lo, ro = self._offset(self.left), self._offset(self.right)
        w = float(self.width())
        for k in self.visible_entries():
            e = pres.result.alignment[k]
            mark = entry_mark(e)
            if not mark and k != self.current_entry:
                continue
            left, right = self._ends(pres, k, e, lo, ro)
            if left is None or right is None:
                continue
            path = QPainterPath()
            (lt, lb), (rt, rb) = left, right
            path.moveTo(0, lt)
            path.cubicTo(QPointF(w / 2, lt), QPointF(w / 2, rt), QPointF(w, rt))
            path.lineTo(w, rb)
            path.cubicTo(QPointF(w / 2, rb), QPointF(w / 2, lb), QPointF(0, lb))
            path.closeSubpath()
            current = k == self.current_entry
            painter.fillPath(path, theme.tint(mark or "moved", strong=current, palette=pal))
            edge = theme.solid(mark or "moved", pal)
            edge.setAlpha(200 if current else 120)
            painter.setPen(QPen(edge, 1.6 if current else 1.0))
            painter.drawPath(path)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(QPointF(0.5, 0), QPointF(0.5, self.height()))
        painter.drawLine(QPointF(w - 0.5, 0), QPointF(w - 0.5, self.height()))

    def _ends(self, pres: Presentation, k: int, e: AlignmentEntry, lo: float, ro: float):
        """(top, bottom) on each side; an added/removed clause narrows to a point after its neighbour."""

        def anchor(pane: DocumentPane, clause: int, off: float) -> tuple[float, float]:
            y = off + 4 if clause < 0 else pane.clause_span(clause, exact=False)[1] + off
            return y - 1, y + 1

        left = self._span(self.left, e.a, lo) if e.a else anchor(self.left, pres.anchor_other.get(k, -1), lo)
        right = (
            self._span(self.right, e.b, ro) if e.b else anchor(self.right, pres.anchor_other.get(k, -1), ro)
        )
        h = self.height()
        if (left[1] < 0 and right[1] < 0) or (left[0] > h and right[0] > h):
            return None, None
        return left, right


__all__ = ["LinkMap"]
