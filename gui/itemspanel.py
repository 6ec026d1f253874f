"""The Items panel: enumeration items (goods, exemptions, parties...) grouped by what happened to them.

A model, not a QTreeWidget: a sanctions annex has thousands of items, and creating one QTreeWidgetItem
each on the UI thread stalls the window when a comparison arrives. The model only re-indexes the list;
rows are drawn (and their text built) as they scroll into view.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from compare.export.describe import group_items, list_place
from compare.model import ItemChange, ItemStatus

from .changelist import mark_icon

_GROUPS: tuple[tuple[ItemStatus, str, str], ...] = (
    (ItemStatus.ADDED, "Added", "added"),
    (ItemStatus.REMOVED, "Removed", "removed"),
    (ItemStatus.MODIFIED, "Modified", "changed"),
    (ItemStatus.KEPT, "Kept", ""),
)
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_TOP = 0  # internalId of a group row; a child's internalId is its group's row + 1


def item_text(it: ItemChange) -> str:
    if it.status == ItemStatus.MODIFIED:
        return f"{it.a} \u2192 {it.b}"
    return it.b or it.a or ""


class ItemsModel(QAbstractItemModel):
    """Two levels: a row per non-empty status group, its items below; one placeholder row when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[ItemChange] = []
        self.groups: list[tuple[str, str, ItemStatus | None, list[int]]] = []  # title, mark, status, members
        self.palette: QPalette | None = None
        self._icons: dict[str, QIcon] = {}
        self.ambiguous: set[int] = set()  # rows whose text repeats in their group

    def set_items(self, items: list[ItemChange] | None) -> None:
        self.beginResetModel()
        self.items = list(items or [])
        # Within a status, items come grouped by list and paragraph label, each once per list.
        number = {id(it): n for n, it in enumerate(self.items)}
        members: dict[ItemStatus, list[int]] = {
            status: [number[id(it)] for _where, group in group_items(self.items, status) for it in group]
            for status, _t, _m in _GROUPS
        }
        self.groups = [
            (f"{title} ({len(members[status])})", mark, status, members[status])
            for status, title, mark in _GROUPS
            if members[status]
        ]
        # An item named twice in one group ("bolts" added to two lists) says which list each one is in.
        self.ambiguous: set[int] = set()
        for _title, _mark, _status, group in self.groups:
            seen: dict[str, list[int]] = {}
            for n in group:
                seen.setdefault(item_text(self.items[n]).casefold(), []).append(n)
            for same in seen.values():
                if len(same) > 1:
                    self.ambiguous.update(same)
        if not self.items:
            self.groups = [("No list items found", "", None, [])]
        self.endResetModel()

    def refresh_icons(self, palette: QPalette) -> None:
        """Icons are painted in the palette's colours: drop them when it changes (light/dark switch)."""
        self.palette = palette
        self._icons.clear()
        if self.groups:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.groups) - 1, 0), [Qt.ItemDataRole.DecorationRole]
            )

    # ------------------------------------------------------------------ QAbstractItemModel

    def index(self, row: int, column: int = 0, parent: _Index = _ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _TOP) if row < len(self.groups) else QModelIndex()
        if parent.internalId() != _TOP:
            return QModelIndex()
        g = parent.row()
        return self.createIndex(row, 0, g + 1) if row < len(self.groups[g][3]) else QModelIndex()

    def parent(self, index: _Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, _TOP)

    def rowCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == _TOP:
            return len(self.groups[parent.row()][3])
        return 0

    def columnCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802
        return 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _TOP:
            return (
                Qt.ItemFlag.ItemIsEnabled
                if self.groups[index.row()][2] is not None
                else Qt.ItemFlag.NoItemFlags
            )
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def item_number(self, index: _Index) -> int | None:
        """The position in ``items`` of a child row (None for a group row)."""
        if not index.isValid() or index.internalId() == _TOP:
            return None
        return self.groups[int(index.internalId()) - 1][3][index.row()]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        n = self.item_number(index)
        if n is None:
            title, mark, _status, _members = self.groups[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return title
            if role == Qt.ItemDataRole.DecorationRole and mark:
                if mark not in self._icons:
                    self._icons[mark] = mark_icon(mark, palette=self.palette)
                return self._icons[mark]
            return None
        it = self.items[n]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if n in self.ambiguous and it.list:
                return f"{item_text(it)}  — in “{list_place(it)}”"
            return item_text(it)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"In {list_place(it)}" if it.list else item_text(it)
        if role == ITEM_ROLE:
            return n
        return None


class ItemsPanel(QTreeView):
    """Emits ``itemChosen(side, clause)`` so the window can jump to where the item is."""

    itemChosen = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = ItemsModel(self)
        self.model_.palette = self.palette()
        self.setModel(self.model_)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setIconSize(QSize(18, 18))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAccessibleName("Items")
        self.setAccessibleDescription("List items added, removed, modified or kept between the versions")
        self.activated.connect(self._chosen)
        self.clicked.connect(self._chosen)
        self.model_.set_items(None)

    @property
    def items(self) -> list[ItemChange]:
        return self.model_.items

    def set_items(self, items: list[ItemChange] | None) -> None:
        self.model_.set_items(items)
        for row, (_title, _mark, status, _members) in enumerate(self.model_.groups):
            if status is not None and status != ItemStatus.KEPT:
                self.setExpanded(self.model_.index(row, 0), True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.model_.refresh_icons(self.palette())

    def _chosen(self, index: QModelIndex) -> None:
        n = self.model_.item_number(index)
        if n is None:
            return
        it = self.items[n]
        if it.b_clause is not None:
            self.itemChosen.emit("b", it.b_clause)
        elif it.a_clause is not None:
            self.itemChosen.emit("a", it.a_clause)
