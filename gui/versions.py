"""The widgets of a series of versions: the dialog that orders them, and the strip above the two panes.

The strip chooses which two versions stand side by side (any two, not only neighbours), steps through
the series one revision at a time, and shows the history of the clause the user is looking at.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class VersionsDialog(QDialog):
    """Put the versions in order, oldest first: drag them, or use Move Up / Move Down."""

    def __init__(self, paths: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Compare Versions")
        intro = QLabel(
            f"Compare {len(paths)} versions, oldest first. Drag a file to change the order; each version "
            "is compared with the one before it."
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setAccessibleName("Versions in order")
        for p in paths:
            item = QListWidgetItem(Path(p).name)
            item.setData(Qt.ItemDataRole.UserRole, p)
            item.setToolTip(p)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.model().rowsMoved.connect(self._renumber)
        up, down = QPushButton("Move &Up"), QPushButton("Move &Down")
        up.clicked.connect(lambda: self.move(-1))
        down.clicked.connect(lambda: self.move(+1))
        side = QVBoxLayout()
        side.addWidget(up)
        side.addWidget(down)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Compare")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.resize(520, 360)
        self._renumber()

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(to, item)
        self.list.setCurrentRow(to)
        self._renumber()

    def _renumber(self, *_args: object) -> None:
        for k in range(self.list.count()):
            item = self.list.item(k)
            item.setText(f"v{k + 1}   {Path(item.data(Qt.ItemDataRole.UserRole)).name}")

    def paths(self) -> list[str]:
        return [self.list.item(k).data(Qt.ItemDataRole.UserRole) for k in range(self.list.count())]


class VersionStrip(QWidget):
    """Original: [v2 ▾] ⇄ Revised: [v3 ▾]   ◀ Previous Step  Next Step ▶   and the clause's history."""

    pairChosen = Signal(int, int)  # (original version, revised version), 0-based

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("version-strip")
        self.old, self.new = QComboBox(), QComboBox()
        for box, name in ((self.old, "Original version"), (self.new, "Revised version")):
            box.setAccessibleName(name)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMaximumWidth(320)
            box.activated.connect(lambda _i: self._chosen())
        self.prev, self.next = QToolButton(), QToolButton()
        self.prev.setText("\u25c0 Previous Step")
        self.next.setText("Next Step \u25b6")
        self.prev.setToolTip("Compare the two versions one step earlier in the series")
        self.next.setToolTip("Compare the two versions one step later in the series")
        self.prev.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(+1))
        self.history = QLabel("")
        self.history.setObjectName("clause-history")
        self.history.setAccessibleName("History of the selected clause")
        self.history.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        row.addWidget(QLabel("Versions:"))
        row.addWidget(QLabel("Original"))
        row.addWidget(self.old)
        row.addWidget(QLabel("\u21c4 Revised"))
        row.addWidget(self.new)
        row.addWidget(self.prev)
        row.addWidget(self.next)
        row.addSpacing(12)
        row.addWidget(self.history, 1)
        self.count = 0

    def set_versions(self, names: list[str], pair: tuple[int, int]) -> None:
        self.count = len(names)
        for box in (self.old, self.new):
            box.blockSignals(True)
            box.clear()
            for k, name in enumerate(names):
                box.addItem(f"v{k + 1}  {name}")
                box.setItemData(k, name, Qt.ItemDataRole.ToolTipRole)
            box.blockSignals(False)
        self.set_pair(pair)

    def set_pair(self, pair: tuple[int, int]) -> None:
        i, j = pair
        self.old.setCurrentIndex(i)
        self.new.setCurrentIndex(j)
        self.prev.setEnabled(min(i, j) > 0)
        self.next.setEnabled(max(i, j) < self.count - 1)

    def pair(self) -> tuple[int, int]:
        return self.old.currentIndex(), self.new.currentIndex()

    def step(self, delta: int) -> None:
        """Move the pair by one version (a pair of neighbours stays neighbours; any pair keeps its gap)."""
        i, j = self.pair()
        if min(i, j) + delta < 0 or max(i, j) + delta >= self.count:
            return
        self.set_pair((i + delta, j + delta))
        self.pairChosen.emit(i + delta, j + delta)

    def _chosen(self) -> None:
        i, j = self.pair()
        if i == j:  # the same version on both sides says nothing: keep the other side one step away
            j = i + 1 if i + 1 < self.count else i - 1
            self.new.setCurrentIndex(j)
        self.set_pair((i, j))
        self.pairChosen.emit(i, j)

    def set_history(self, text: str) -> None:
        self.history.setText(text)
        self.history.setToolTip(text)
