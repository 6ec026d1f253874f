"""The change list: one row per entry a reader must look at, in reading order of the revised text."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from . import theme
from .presentation import MARK_GLYPH, Presentation, entry_mark

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def mark_icon(mark: str, size: int = 18, palette: QPalette | None = None) -> QIcon:
    """A small coloured square carrying the mark's glyph, so colour is never the only signal.

    The colours depend on the palette (lighter strokes on dark backgrounds), so callers cache icons per
    palette and rebuild them on a palette change.
    """
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(theme.tint(mark, strong=True, palette=palette))
    p.setPen(theme.solid(mark, palette))
    p.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 3, 3)
    f = QFont()
    f.setBold(True)
    f.setPixelSize(int(size * 0.75))
    p.setFont(f)
    p.drawText(QRectF(0, 0, size, size), int(Qt.AlignmentFlag.AlignCenter), MARK_GLYPH.get(mark, ""))
    p.end()
    icon = QIcon(pm)
    icon.addPixmap(pm, QIcon.Mode.Selected)  # keep the colour on the selected row
    return icon


# What each kind of row means, for its tooltip (the legend and the help page say the same).
KIND_HELP: dict[str, str] = {
    "changed": "~ Changed: the clause was reworded; deleted words are struck out in the original, "
    "inserted words underlined in the revised version.",
    "added": "+ Added: the clause is new in the revised version.",
    "removed": "\u2212 Removed: the clause is only in the original.",
    "moved": "\u21c4 Moved: the clause changed place (and may be reworded); click the \u21c4 mark to see "
    "its other position.",
    "renumbered": "# Renumbered: same text, new number (a run of paragraphs renumbered by the same step is "
    "one row). Options > Ignore Renumbering hides these.",
    "warning": "! Check this cross-reference: it was not changed, but the paragraph it names now has "
    "another number.",
    "": "Paired by hand: you linked these clauses yourself (Edit > Unpair undoes it).",
}


class ChangeListModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presentation: Presentation | None = None
        self.palette: QPalette | None = None
        self._icons: dict[str, QIcon] = {}

    def set_presentation(self, pres: Presentation | None) -> None:
        self.beginResetModel()
        self.presentation = pres
        self._icons = {}
        self.endResetModel()

    def refresh_icons(self, palette: QPalette) -> None:
        """Repaint the icons in a new palette's colours (light/dark switch) without resetting the list."""
        self.palette = palette
        self._icons = {}
        n = self.rowCount()
        if n:
            self.dataChanged.emit(self.index(0, 0), self.index(n - 1, 0), [Qt.ItemDataRole.DecorationRole])

    def rowCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802
        if parent.isValid() or self.presentation is None:
            return 0
        return len(self.presentation.changes)

    def entry_index(self, row: int) -> int:
        assert self.presentation is not None
        return self.presentation.changes[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        pres = self.presentation
        if pres is None or not index.isValid():
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return pres.change_texts[row]
        e = pres.result.alignment[pres.changes[row]]
        kind = pres.row_kinds[row] if row < len(pres.row_kinds) else "change"
        if role == Qt.ItemDataRole.DecorationRole:
            mark = "warning" if kind == "warning" else entry_mark(e)
            if mark not in self._icons:
                self._icons[mark] = mark_icon(mark, palette=self.palette)
            return self._icons[mark]
        if role == Qt.ItemDataRole.ToolTipRole:
            mark = "warning" if kind == "warning" else entry_mark(e)
            text = pres.result.entry_text(e, "b" if e.b else "a")
            text = text if len(text) < 400 else text[:400] + " …"
            return f"{KIND_HELP.get(mark, KIND_HELP[''])}\n\n{text}"
        return None


class ChangeListView(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = ChangeListModel(self)
        self.model_.palette = self.palette()
        self.setModel(self.model_)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setIconSize(QSize(18, 18))
        self.setAccessibleName("Change list")
        self.setAccessibleDescription("Every change in reading order; select one to show it in both panes")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.model_.refresh_icons(self.palette())

    def select_row(self, row: int | None) -> None:
        """Select without emitting activation (used when the selection follows the panes)."""
        sm = self.selectionModel()
        blocked = sm.blockSignals(True)
        try:
            if row is None:
                sm.clearSelection()
                sm.setCurrentIndex(QModelIndex(), sm.SelectionFlag.Clear)
            else:
                idx = self.model_.index(row, 0)
                sm.setCurrentIndex(idx, sm.SelectionFlag.ClearAndSelect)
                self.scrollTo(idx)
        finally:
            sm.blockSignals(blocked)
        self.viewport().update()

    def selected_row(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else None
