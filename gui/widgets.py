"""Small widgets of the main window: the pane headers and the find bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QToolButton, QWidget

from compare.model import Document


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
        self.name_label = QLabel("No document")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.meta_label = QLabel("")
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
            self.meta_label.setText("")
            return
        if doc is None:
            self.name_label.setText("No document")
            self.name_label.setToolTip("")
            self.meta_label.setText("")
            return
        self.name_label.setText(doc.name)
        self.name_label.setToolTip(doc.source)
        meta = f"{doc.format.upper()} · {words:,} words"
        if doc.warnings:
            meta = "\u26a0 " + meta
            self.meta_label.setToolTip("\n".join(doc.warnings))
        else:
            self.meta_label.setToolTip("")
        self.meta_label.setText(meta)


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
