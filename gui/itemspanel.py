"""The Items panel: enumeration items (goods, exemptions, parties...) grouped by what happened to them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from compare.model import ItemChange, ItemStatus

from .changelist import mark_icon

_GROUPS: tuple[tuple[ItemStatus, str, str], ...] = (
    (ItemStatus.ADDED, "Added", "added"),
    (ItemStatus.REMOVED, "Removed", "removed"),
    (ItemStatus.MODIFIED, "Modified", "changed"),
    (ItemStatus.KEPT, "Kept", ""),
)
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


def item_text(it: ItemChange) -> str:
    if it.status == ItemStatus.MODIFIED:
        return f"{it.a} \u2192 {it.b}"
    return it.b or it.a or ""


class ItemsPanel(QTreeWidget):
    """Emits ``itemChosen(side, clause)`` so the window can jump to where the item is."""

    itemChosen = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setAccessibleName("Items")
        self.setAccessibleDescription("List items added, removed, modified or kept between the versions")
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)
        self.items: list[ItemChange] = []

    def set_items(self, items: list[ItemChange] | None) -> None:
        self.clear()
        self.items = list(items or [])
        for status, title, mark in _GROUPS:
            members = [(n, it) for n, it in enumerate(self.items) if it.status == status]
            if not members:
                continue
            group = QTreeWidgetItem([f"{title} ({len(members)})"])
            if mark:
                group.setIcon(0, mark_icon(mark))
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for n, it in members:
                child = QTreeWidgetItem([item_text(it)])
                child.setToolTip(0, f"In {it.list}" if it.list else item_text(it))
                child.setData(0, ITEM_ROLE, n)
                group.addChild(child)
            self.addTopLevelItem(group)
            group.setExpanded(status != ItemStatus.KEPT)
        if not self.items:
            placeholder = QTreeWidgetItem(["No list items found"])
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(placeholder)

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        n = item.data(0, ITEM_ROLE)
        if n is None:
            return
        it = self.items[int(n)]
        if it.b_clause is not None:
            self.itemChosen.emit("b", it.b_clause)
        elif it.a_clause is not None:
            self.itemChosen.emit("a", it.a_clause)
