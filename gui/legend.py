"""The legend under the panes: what each colour, margin mark, band and reference sign means.

A first-time user meets ~ + − # ⇄, two tints, struck and underlined words, bands between the panes, and
"§4(c)" next to "new ¶7"; the legend names each once, in the same colours and glyphs the views use (built
from :mod:`gui.theme` and :data:`gui.presentation.MARK_GLYPH`, so it cannot drift from them), and its
entries wrap onto a second line in a narrow window instead of being cut off.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSize, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QSizePolicy, QToolButton, QWidget

from . import theme
from .changelist import KIND_HELP, mark_icon

ENTRIES: tuple[tuple[str, str], ...] = (
    ("changed", "changed"),
    ("added", "added"),
    ("removed", "removed"),
    ("moved", "moved"),
    ("renumbered", "renumbered"),
    ("warning", "check reference"),
)
REFS_HELP = (
    "\u00a74(c): a numbered paragraph, by the document's own number (paragraph 4, sub-item c).\n"
    "\u00b67: a paragraph without a number, counted from the top (new \u00b67 in the revised version, "
    "old \u00b67 in the original)."
)


class FlowLayout(QLayout):
    """Left to right, wrapping to the next line when the width runs out (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list = []
        self._spacing = spacing

    def addItem(self, item) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, i: int):  # noqa: N802
        return self._items[i] if 0 <= i < len(self._items) else None

    def takeAt(self, i: int):  # noqa: N802
        return self._items.pop(i) if 0 <= i < len(self._items) else None

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _place(self, rect: QRect, apply: bool) -> int:
        """Fill lines left to right; items of one line are centred on the line's height."""
        m = self.contentsMargins()
        r = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines: list[list] = [[]]
        x = r.x()
        for item in self._items:
            w = item.sizeHint().width()
            if x + w > r.right() and lines[-1]:
                lines.append([])
                x = r.x()
            lines[-1].append(item)
            x += w + self._spacing
        y = r.y()
        for line in lines:
            line_h = max((it.sizeHint().height() for it in line), default=0)
            x = r.x()
            for it in line:
                hint = it.sizeHint()
                if apply:
                    it.setGeometry(QRect(QPoint(x, y + (line_h - hint.height()) // 2), hint))
                x += hint.width() + self._spacing
            y += line_h + 2
        return y - 2 - rect.y() + m.bottom()


class BandSample(QWidget):
    """A small drawing of the bands between the panes: a clause joined to its revision."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(34, 18)

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        w = float(self.width())
        path = QPainterPath()
        path.moveTo(0, 2)
        path.cubicTo(QPointF(w / 2, 2), QPointF(w / 2, 8), QPointF(w, 8))
        path.lineTo(w, 16)
        path.cubicTo(QPointF(w / 2, 16), QPointF(w / 2, 10), QPointF(0, 10))
        path.closeSubpath()
        p.fillPath(path, theme.tint("changed", palette=pal))
        p.setPen(QPen(theme.solid("changed", pal), 1.0))
        p.drawPath(path)
        p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        p.drawLine(QPointF(0.5, 0), QPointF(0.5, 18))
        p.drawLine(QPointF(w - 0.5, 0), QPointF(w - 0.5, 18))
        p.end()


def _pair(widget: QWidget, text: str, tip: str) -> QWidget:
    box = QWidget()
    lay = QHBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(4)
    label = QLabel(text)
    lay.addWidget(widget)
    lay.addWidget(label)
    box.setToolTip(tip)
    box.setAccessibleName(text)
    box.setAccessibleDescription(tip)
    return box


class LegendBar(QWidget):
    """One line (two when narrow) naming every mark; each entry's tooltip says more."""

    helpRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Legend")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.flow = FlowLayout(self)
        self.flow.setContentsMargins(8, 4, 8, 4)
        self.entries: dict[str, QWidget] = {}
        self._icons: dict[str, QLabel] = {}
        for mark, text in ENTRIES:
            self._icons[mark] = QLabel()
            self._add(mark, _pair(self._icons[mark], text, KIND_HELP[mark]))
        self._words = words = QLabel()
        self._paint_colours()
        words.setToolTip(
            "Struck out in red in the original: words the revision deleted.\n"
            "Underlined in green in the revised version: words it inserted."
        )
        self._add("words", words)
        self._add(
            "bands",
            _pair(
                BandSample(),
                "band: a clause and what it became",
                "The strip between the panes joins each changed clause to its revision; a band narrowing "
                "to a point marks where a clause was added or removed.",
            ),
        )
        refs = QLabel("\u00a74(c) numbered \u00b7 \u00b67 unnumbered paragraph")
        refs.setToolTip(REFS_HELP)
        self._add("refs", refs)
        more = QToolButton()
        more.setText("How to read a comparison\u2026")
        more.setAutoRaise(True)
        more.clicked.connect(self.helpRequested)
        self._add("help", more)

    def _paint_colours(self) -> None:
        """Icons and word colours in the current palette's shades (they differ on dark backgrounds)."""
        pal = self.palette()
        for mark, label in self._icons.items():
            label.setPixmap(mark_icon(mark, 16, pal).pixmap(16, 16))
        self._words.setText(
            f'<s style="color:{theme.deleted_text(pal).name()}">deleted</s> / '
            f'<u style="color:{theme.inserted_text(pal).name()}">inserted</u> words'
        )

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._paint_colours()

    def _add(self, key: str, widget: QWidget) -> None:
        self.entries[key] = widget
        self.flow.addWidget(widget)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self.flow.heightForWidth(width)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, self.flow.heightForWidth(max(200, self.width())))


__all__ = ["FlowLayout", "LegendBar"]
