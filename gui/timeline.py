"""The items timeline of a series: every list item against every version, grouped by list and paragraph.

"When did vacuum cleaners come into the exemption list, and who struck coal?" is one row: ✓ where the
item stands in a version, + where it came in, − where it went, ~ where it was reworded. Activating an item
shows the two versions of the step where it last changed (or, on a version's column, the step into it).

A model, not a QTreeWidget: ten versions of a long draft have hundreds of items, and creating a widget item
per cell on the UI thread froze the window for a third of a second when the series arrived.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from compare.export.report_series import STATE_MARK as SIGN  # the reports' marks, so all three agree
from compare.model import ComparisonSeries, ItemState, TimelineItem

from . import theme

_WORD = {
    ItemState.PRESENT: "present",
    ItemState.ADDED: "added",
    ItemState.REMOVED: "removed",
    ItemState.MODIFIED: "modified",
    ItemState.ABSENT: "absent",
}
_MARK = {ItemState.ADDED: "added", ItemState.REMOVED: "removed", ItemState.MODIFIED: "changed"}
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def last_change(item: TimelineItem) -> int:
    """The version in which the item last came, went or changed (-1: present throughout)."""
    return max((k for k, s in enumerate(item.states) if k and s in _MARK), default=-1)


class TimelineModel(QAbstractTableModel):
    """One flat row per list (its place) and per item below it; columns: one per version, then the item,
    then its history. Flat, so nothing has to be expanded row by row when a series arrives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: ComparisonSeries | None = None
        self.n = 0
        self.rows: list[tuple[int, int]] = []  # (list, item) per row; item -1 is the list's own row
        self.bold: QFont | None = None
        self.brushes: dict[str, QBrush] = {}

    def set_series(self, series: ComparisonSeries | None) -> None:
        self.beginResetModel()
        self.series = series
        self.n = len(series.versions) if series else 0
        self.rows = []
        for g, group in enumerate(series.items_timeline if series else ()):
            self.rows.append((g, -1))
            self.rows.extend((g, k) for k in range(len(group.items)))
        self.endResetModel()

    def item(self, index: _Index) -> TimelineItem | None:
        if self.series is None or not index.isValid():
            return None
        g, k = self.rows[index.row()]
        return self.series.items_timeline[g].items[k] if k >= 0 else None

    def rowCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.series is None else self.n + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or self.series is None:
            return None
        if section < self.n:
            v = self.series.versions[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return v.tag
            return f"{v.tag}: {v.name}" if role == Qt.ItemDataRole.ToolTipRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return "Item" if section == self.n else "History"
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if self.series is None or not index.isValid():
            return None
        col = index.column()
        g, k = self.rows[index.row()]
        if k < 0:  # a list: its place, across the row
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and col == 0:
                return self.series.items_timeline[g].place
            if role == Qt.ItemDataRole.FontRole and self.bold is not None:
                return self.bold
            return None
        it = self.series.items_timeline[g].items[k]
        if col < self.n:
            state = it.states[col]
            if role == Qt.ItemDataRole.DisplayRole:
                return SIGN[state]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Qt.ItemDataRole.ToolTipRole:
                text = it.texts[col]
                return f"v{col + 1}: {_WORD[state]}" + (f" \u2014 \u201c{text}\u201d" if text else "")
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return _WORD[state]
            if role == Qt.ItemDataRole.BackgroundRole and state in _MARK:
                return self.brushes.get(_MARK[state])
            return None
        text = it.wording if col == self.n else it.summary
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        return None


class TimelineView(QTreeView):
    """The timeline: a narrow column per version first, so the marks line up and stay visible in a narrow
    panel, then the item and its history; lists are full-width rows."""

    stepChosen = Signal(int)  # show the step that arrives at this version (0-based, >= 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("items-timeline")
        self.setAccessibleName("List items through the versions")
        self.model_ = TimelineModel(self)
        self.setModel(self.model_)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setIndentation(0)
        self.activated.connect(self._activated)
        self.series: ComparisonSeries | None = None

    def set_series(self, series: ComparisonSeries | None) -> None:
        self.series = series
        m = self.model_
        bold = QFont(self.font())
        bold.setBold(True)
        m.bold = bold
        m.brushes = {mark: QBrush(theme.tint(mark, palette=self.palette())) for mark in set(_MARK.values())}
        m.set_series(series)
        if series is None:
            return
        n = len(series.versions)
        for row, (_g, k) in enumerate(m.rows):
            if k < 0:
                self.setFirstColumnSpanned(row, _ROOT, True)
        header = self.header()
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(8)
        width = max(26, self.fontMetrics().horizontalAdvance(f" v{n} ") + 4)
        for k in range(n):
            header.setSectionResizeMode(k, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(k, width)
        header.setSectionResizeMode(n, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(n, 240)

    def rows(self) -> list[tuple[QModelIndex, TimelineItem]]:
        """Every item row (for tests): (its index in column 0, the item)."""
        m = self.model_
        return [(m.index(r, 0), m.item(m.index(r, 0))) for r, (_g, k) in enumerate(m.rows) if k >= 0]

    def _activated(self, index: QModelIndex) -> None:
        item = self.model_.item(index)
        if item is None:
            return
        version = index.column()  # the column of version k (0-based) is k
        if 1 <= version < len(item.states):
            self.stepChosen.emit(version)  # the step that arrives at that version
            return
        step = last_change(item)
        if step >= 1:
            self.stepChosen.emit(step)
