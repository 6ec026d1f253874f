"""The Items panel: enumeration items (goods, exemptions, bodies...) grouped by the list they belong to.

A drafter reads a list as a unit ("the exemptions in 4(c) gained bolts and lost coal"), so the top rows are
lists, named by their paragraph label and introduction, and each list shows its changed items first (each
with its own mark) and then the items it kept. An item named in two lists shows under each.

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

_ORDER = (ItemStatus.ADDED, ItemStatus.REMOVED, ItemStatus.MODIFIED, ItemStatus.KEPT)
_MARK = {ItemStatus.ADDED: "added", ItemStatus.REMOVED: "removed", ItemStatus.MODIFIED: "changed"}
_VERB = {ItemStatus.ADDED: "Added", ItemStatus.REMOVED: "Removed", ItemStatus.MODIFIED: "Modified"}
_SIGN = {ItemStatus.ADDED: "+", ItemStatus.REMOVED: "\u2212", ItemStatus.MODIFIED: "~"}
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_TOP = 0  # internalId of a group row; a child's internalId is its group's row + 1


def _where(it: ItemChange) -> str:
    """The list's paragraph as the change list names it: "§4(c)", "Preamble", "Annex II"."""
    if not it.label:
        return "List"
    if it.label == "preamble" or it.label.startswith("annex"):
        return it.label[:1].upper() + it.label[1:]
    return f"\u00a7{it.label}"


def item_text(it: ItemChange) -> str:
    if it.status == ItemStatus.MODIFIED:
        return f"{it.a} \u2192 {it.b}"
    return it.b or it.a or ""


class ItemsModel(QAbstractItemModel):
    """Two levels: a row per list (its place and its counts), its items below; one placeholder row when
    there are no items."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[ItemChange] = []
        self.groups: list[tuple[str, str, ItemStatus | None, list[int]]] = []  # title, mark, status, members
        self.palette: QPalette | None = None
        self.tips: list[str] = []
        self._icons: dict[str, QIcon] = {}

    def set_items(self, items: list[ItemChange] | None) -> None:
        self.beginResetModel()
        self.items = list(items or [])
        number = {id(it): n for n, it in enumerate(self.items)}
        # Each list once, in reading order; inside it the changes first, then what it kept.
        lists: dict[str, dict[ItemStatus, list[int]]] = {}
        for status in _ORDER:
            for place, group in group_items(self.items, status):
                lists.setdefault(place, {}).setdefault(status, []).extend(number[id(it)] for it in group)
        first = {place: min(n for ns in by.values() for n in ns) for place, by in lists.items()}
        self.groups = []
        self.tips: list[str] = []
        for place in sorted(lists, key=first.__getitem__):
            by = lists[place]
            members = [n for status in _ORDER for n in by.get(status, [])]
            changed = [st for st in _ORDER[:3] if by.get(st)]
            counts = " ".join(f"{_SIGN[st]}{len(by[st])}" for st in changed) or "unchanged"
            sample = self.items[members[0]]
            # The paragraph label and the counts first: they stay readable in a narrow dock.
            title = f"{_where(sample)} ({counts}) \u2014 {sample.list or 'a list'}"
            mark = _MARK[changed[0]] if len(changed) == 1 else ("changed" if changed else "")
            self.groups.append((title, mark, changed[0] if changed else ItemStatus.KEPT, members))
            self.tips.append(f"{place[:1].upper()}{place[1:]}: {counts}")
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
            if role == Qt.ItemDataRole.ToolTipRole and index.row() < len(self.tips):
                return self.tips[index.row()]
            if role == Qt.ItemDataRole.DecorationRole and mark:
                if mark not in self._icons:
                    self._icons[mark] = mark_icon(mark, palette=self.palette)
                return self._icons[mark]
            return None
        it = self.items[n]
        if role == Qt.ItemDataRole.DisplayRole:
            return item_text(it)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{_VERB.get(it.status, 'Kept')}: {item_text(it)}"
        if role == Qt.ItemDataRole.DecorationRole:
            mark = _MARK.get(it.status, "")
            if not mark:
                return None
            if mark not in self._icons:
                self._icons[mark] = mark_icon(mark, palette=self.palette)
            return self._icons[mark]
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and it.status == ItemStatus.KEPT
            and self.palette is not None
        ):
            return self.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole:
            where = f" in {list_place(it)}" if it.list else ""
            return f"{_VERB.get(it.status, 'Kept')}{where}: {item_text(it)}"
        if role == ITEM_ROLE:
            return n
        return None


class ItemsPanel(QTreeView):
    """Emits ``itemChosen(side, clause)`` so the window can jump to where the item is, and
    ``itemSpans(old, new)``: where its words are in each document (``None`` where it has none)."""

    itemChosen = Signal(str, int)
    itemSpans = Signal(object, object)

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
            if status is not None and status != ItemStatus.KEPT:  # a list that changed
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
        self.itemSpans.emit(it.a_span, it.b_span)
        if it.b_clause is not None:
            self.itemChosen.emit("b", it.b_clause)
        elif it.a_clause is not None:
            self.itemChosen.emit("a", it.a_clause)
