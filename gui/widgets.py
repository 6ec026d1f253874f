"""Small widgets of the main window: the pane headers and the find bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QToolButton, QWidget

from compare.model import Document


class ElidedLabel(QLabel):
    """A label that, when too narrow, elides its text in the middle ("resolu…_v2.txt"): the start and the
    end of a file name are what tell two versions apart. ``text()`` stays the full text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(24)

    def shown_text(self) -> str:
        """What is painted at the current width."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, width)

    def full_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(self.text()) + 2

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setPen(self.palette().color(self.foregroundRole()))
        p.setFont(self.font())
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        p.drawText(self.contentsRect(), int(align), self.shown_text())
        p.end()


class PaneHeader(QWidget):
    """ "Original · resolution_v1.txt — TXT · 269 words  [Open…] [Paste]" above each pane."""

    openClicked = Signal()
    pasteClicked = Signal()

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 4, 4, 4)
        lay.setSpacing(8)
        self.role_label = QLabel(role)
        f = QFont(self.role_label.font())
        f.setBold(True)
        self.role_label.setFont(f)
        self.name_label = ElidedLabel("No document")
        self.meta_label = QLabel("")
        self._meta_full = ""  # "TXT · 269 words": shortened to "TXT", then hidden, before the name elides
        self._meta_short = ""
        self.meta_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # secondary information
        self.open_button = QToolButton()
        self.open_button.setText("Open…")
        self.open_button.setToolTip(f"Open the {role.lower()} document")
        self.open_button.setAccessibleName(f"Open {role.lower()} document")
        self.open_button.clicked.connect(self.openClicked)
        self.paste_button = QToolButton()
        self.paste_button.setText("Paste")
        self.paste_button.setToolTip(f"Use the text on the clipboard as the {role.lower()} document")
        self.paste_button.setAccessibleName(f"Paste as {role.lower()}")
        self.paste_button.clicked.connect(self.pasteClicked)
        lay.addWidget(self.role_label)
        lay.addWidget(self.name_label, 1)
        lay.addWidget(self.meta_label)
        lay.addWidget(self.open_button)
        lay.addWidget(self.paste_button)

    def set_document(self, doc: Document | None, words: int = 0, busy: str = "") -> None:
        if busy:
            self.name_label.setText(busy)
            self._set_meta("", "")
            return
        if doc is None:
            self.name_label.setText("No document")
            self.name_label.setToolTip("")
            self._set_meta("", "")
            return
        self.name_label.setText(doc.name)
        self.name_label.setToolTip(doc.source)
        short = doc.format.upper()
        meta = f"{short} · {words:,} words"
        if doc.warnings:
            meta, short = "\u26a0 " + meta, "\u26a0 " + short
            self.meta_label.setToolTip("\n".join(doc.warnings))
        else:
            self.meta_label.setToolTip(f"{doc.format.upper()} · {words:,} words")
        self._set_meta(meta, short)

    def _set_meta(self, full: str, short: str) -> None:
        self._meta_full, self._meta_short = full, short
        self._fit()

    def _fit(self) -> None:
        """Give the file name the room first: the word count goes, then the format, then the name elides."""
        lay = self.layout()
        m = lay.contentsMargins()
        buttons = (self.role_label, self.open_button, self.paste_button)
        fixed = sum(w.sizeHint().width() for w in buttons if not w.isHidden())
        room = self.width() - m.left() - m.right() - fixed - 4 * lay.spacing() - self.name_label.full_width()
        fm = self.meta_label.fontMetrics()
        for text in (self._meta_full, self._meta_short, ""):
            if not text or fm.horizontalAdvance(text) + 4 <= room:
                break
        self.meta_label.setText(text)
        self.meta_label.setVisible(bool(text))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()


class FindBar(QWidget):
    """Find in both panes. Enter / F3 for next, Shift+Enter / Shift+F3 for previous, Esc closes."""

    searchChanged = Signal(str)
    nextRequested = Signal()
    previousRequested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 2, 6, 2)
        label = QLabel("&Find:")
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("Find in both documents")
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName("Find text")
        label.setBuddy(self.edit)
        self.prev_button = QToolButton()
        self.prev_button.setText("\u25b2")
        self.prev_button.setToolTip("Previous match (Shift+F3)")
        self.prev_button.setAccessibleName("Previous match")
        self.next_button = QToolButton()
        self.next_button.setText("\u25bc")
        self.next_button.setToolTip("Next match (F3)")
        self.next_button.setAccessibleName("Next match")
        self.count_label = QLabel("")
        self.close_button = QToolButton()
        self.close_button.setText("\u2715")
        self.close_button.setToolTip("Close (Esc)")
        self.close_button.setAccessibleName("Close find bar")
        for w in (label, self.edit, self.prev_button, self.next_button, self.count_label):
            lay.addWidget(w)
        lay.addStretch(1)
        lay.addWidget(self.close_button)
        self.edit.textChanged.connect(self.searchChanged)
        self.edit.returnPressed.connect(self.nextRequested)
        self.next_button.clicked.connect(self.nextRequested)
        self.prev_button.clicked.connect(self.previousRequested)
        self.close_button.clicked.connect(self.close_bar)
        back = QShortcut(
            QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_Return),
            self.edit,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        back.activated.connect(self.previousRequested)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Esc as a key, not a shortcut: no clash with Cancel
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()
