"""The items timeline of a series: every list item against every version, grouped by list and paragraph.

"When did vacuum cleaners come into the exemption list, and who struck coal?" is one row: ✓ where the
item stands in a version, + where it came in, − where it went, ~ where it was reworded. Activating an item
shows the two versions of the step where it last changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from compare.model import ComparisonSeries, ItemState, TimelineItem

from . import theme

SIGN = {
    ItemState.PRESENT: "\u2713",
    ItemState.ADDED: "+",
    ItemState.REMOVED: "\u2212",
    ItemState.MODIFIED: "~",
    ItemState.ABSENT: "",
}
_WORD = {
    ItemState.PRESENT: "present",
    ItemState.ADDED: "added",
    ItemState.REMOVED: "removed",
    ItemState.MODIFIED: "modified",
    ItemState.ABSENT: "absent",
}
_MARK = {ItemState.ADDED: "added", ItemState.REMOVED: "removed", ItemState.MODIFIED: "changed"}
STEP_ROLE = Qt.ItemDataRole.UserRole + 2  # the version where the item last changed (0-based), or -1


def last_change(item: TimelineItem) -> int:
    """The version in which the item last came, went or changed (-1: present throughout)."""
    return max((k for k, s in enumerate(item.states) if k and s in _MARK), default=-1)


class TimelineView(QTreeWidget):
    """Lists as full-width rows (their paragraph and name), their items below: a narrow column per version
    first, so the marks line up and stay visible in a narrow panel, then the item and its history."""

    stepChosen = Signal(int)  # show the step that arrives at this version (0-based, >= 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("items-timeline")
        self.setAccessibleName("List items through the versions")
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setIndentation(0)
        self.itemActivated.connect(self._activated)
        self.series: ComparisonSeries | None = None

    def set_series(self, series: ComparisonSeries | None) -> None:
        self.clear()
        self.series = series
        if series is None:
            return
        n = len(series.versions)
        self.setColumnCount(n + 2)
        self.setHeaderLabels([*(v.tag for v in series.versions), "Item", "History"])
        for k, v in enumerate(series.versions):
            self.headerItem().setToolTip(k, f"{v.tag}: {v.name}")
        bold = QFont(self.font())
        bold.setBold(True)
        for group in series.items_timeline:
            top = QTreeWidgetItem([group.place])
            top.setFirstColumnSpanned(True)
            top.setFont(0, bold)
            top.setToolTip(0, group.place)
            top.setData(0, STEP_ROLE, -1)
            self.addTopLevelItem(top)
            for item in group.items:
                top.addChild(self._row(item, n))
            top.setFirstColumnSpanned(True)
            top.setExpanded(True)
        header = self.header()
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(8)
        for k in range(n):
            header.setSectionResizeMode(k, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(k, max(26, self.fontMetrics().horizontalAdvance(f" v{n} ") + 4))
        header.setSectionResizeMode(n, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(n, 240)

    def _row(self, item: TimelineItem, n: int) -> QTreeWidgetItem:
        row = QTreeWidgetItem([*(SIGN[s] for s in item.states), item.name, item.summary])
        row.setToolTip(n, item.name)
        row.setToolTip(n + 1, item.summary)
        row.setData(0, STEP_ROLE, last_change(item))
        for k, state in enumerate(item.states):
            col = k
            row.setTextAlignment(col, Qt.AlignmentFlag.AlignCenter)
            text = item.texts[k]
            tip = f"v{k + 1}: {_WORD[state]}" + (f" \u2014 \u201c{text}\u201d" if text else "")
            row.setToolTip(col, tip)
            row.setData(col, Qt.ItemDataRole.AccessibleTextRole, _WORD[state])
            if state in _MARK:
                row.setBackground(col, QBrush(theme.tint(_MARK[state], palette=self.palette())))
        return row

    def _activated(self, row: QTreeWidgetItem, column: int) -> None:
        version = column  # the column of version k (0-based) is k
        if self.series is not None and 1 <= version < len(self.series.versions):
            self.stepChosen.emit(version)  # the step that arrives at that version
            return
        step = row.data(0, STEP_ROLE)
        if isinstance(step, int) and step >= 1:
            self.stepChosen.emit(step)
