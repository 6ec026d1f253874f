"""Keyboard and polish: clause stepping, Enter to the partner, focus frame and order, icons that follow a
light/dark switch, the export dialog's "open when ready" box. Real files, real engine, offscreen Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

import gui_helpers  # noqa: E402
from gui_helpers import wait_compared, write_pair  # noqa: E402
from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from compare.export.describe import list_place
from compare.model import ItemStatus, Kind  # noqa: E402

isolated_settings = gui_helpers.isolated_settings  # fixtures
window = gui_helpers.window


@pytest.fixture
def compared(qtbot, window, tmp_path: Path):
    window.load_pair(*write_pair(tmp_path))
    wait_compared(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def focus(qtbot, widget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def test_down_and_up_walk_the_clauses_of_the_focused_pane(qtbot, compared) -> None:
    win = compared
    left, right = win.panes["a"], win.panes["b"]
    res = win.presentation.result
    focus(qtbot, left)
    QTest.keyClick(left, Qt.Key.Key_Down)  # nothing current yet: the first clause in view
    first = left.current
    assert first and first[0] == 0
    seen = [first]
    for _ in range(3):
        QTest.keyClick(left, Qt.Key.Key_Down)
        assert min(left.current) == max(seen[-1]) + 1  # the next clause, not a skip
        seen.append(left.current)
    k = res.alignment.index(next(e for e in res.alignment if e.a == left.current))
    assert win.navigator.current_entry == k
    assert right.current == res.alignment[k].b  # the partner is highlighted in the other pane
    QTest.keyClick(left, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert left.current == seen[-2]
    assert left.is_clause_visible(left.current[0])


def test_down_keeps_the_current_clause_in_view_on_a_long_document(qtbot, window, tmp_path: Path) -> None:
    old, new = gui_helpers.long_pair(60, changed=(30,))
    window.load_pair(
        gui_helpers.write(tmp_path / "long_old.txt", old), gui_helpers.write(tmp_path / "long_new.txt", new)
    )
    wait_compared(qtbot, window)
    left = window.panes["a"]
    left.setFocus()
    for _ in range(40):
        QTest.keyClick(left, Qt.Key.Key_Down)
        assert left.is_clause_visible(left.current[0])
    assert left.verticalScrollBar().value() > 0


def test_enter_jumps_to_the_partner_and_takes_the_keys_there(qtbot, compared) -> None:
    win = compared
    left, right = win.panes["a"], win.panes["b"]
    res = win.presentation.result
    entry = next(e for e in res.alignment if e.kind == Kind.CHANGED and e.a and e.b)
    win.navigator.select_clause("a", entry.a[0], scroll=True)
    focus(qtbot, left)
    QTest.keyClick(left, Qt.Key.Key_Return)
    assert right.hasFocus()
    assert right.current == entry.b and right.is_clause_visible(entry.b[0])
    QTest.keyClick(right, Qt.Key.Key_Enter)  # and back
    assert left.hasFocus() and left.current == entry.a


def test_enter_on_an_added_clause_says_there_is_no_partner(qtbot, compared) -> None:
    win = compared
    res = win.presentation.result
    added = next(e for e in res.alignment if e.kind == Kind.ADDED)
    right = win.panes["b"]
    win.navigator.select_clause("b", added.b[0], scroll=True)
    focus(qtbot, right)
    QTest.keyClick(right, Qt.Key.Key_Return)
    assert right.hasFocus()
    assert "no counterpart" in win.statusBar().currentMessage()


def test_arrows_scroll_when_nothing_is_compared(qtbot, window, tmp_path: Path) -> None:
    old, _new = gui_helpers.long_pair(60, changed=(30,))
    window.session.load_file("a", gui_helpers.write(tmp_path / "only.txt", old))
    qtbot.waitUntil(lambda: window.panes["a"].document is not None)
    left = window.panes["a"]
    left.setFocus()
    QTest.keyClick(left, Qt.Key.Key_Down)
    assert left.verticalScrollBar().value() > 0
    assert left.current == ()


def test_tab_goes_from_pane_to_pane_skipping_the_gutter_then_to_the_lists(qtbot, compared) -> None:
    win = compared
    focus(qtbot, win.panes["a"])
    order = []
    for _ in range(3):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [win.panes["b"], win.change_list, win.items_panel]
    assert win.linkmap.focusPolicy() == Qt.FocusPolicy.NoFocus


def _edge_colour(pane) -> QColor:
    image = pane.viewport().grab().toImage()
    return image.pixelColor(QPoint(1, image.height() // 2))


def test_the_focused_pane_has_a_visible_frame(qtbot, compared) -> None:
    win = compared
    left, right = win.panes["a"], win.panes["b"]
    pal = QPalette(left.palette())
    pal.setColor(QPalette.ColorRole.Highlight, QColor(255, 0, 255))
    left.setPalette(pal)
    focus(qtbot, right)
    assert _edge_colour(left) != QColor(255, 0, 255)
    focus(qtbot, left)
    assert _edge_colour(left) == QColor(255, 0, 255)


def _icon_colour(icon) -> QColor:
    image = icon.pixmap(18, 18).toImage()
    return image.pixelColor(QPoint(1, 9))  # the rounded square's stroke


def test_list_icons_follow_a_switch_to_a_dark_palette(qtbot, compared) -> None:
    win = compared
    model = win.change_list.model()
    light = _icon_colour(model.index(0, 0).data(Qt.ItemDataRole.DecorationRole))
    group = win.items_panel.model().index(0, 0)
    light_group = _icon_colour(group.data(Qt.ItemDataRole.DecorationRole))
    dark = QPalette(win.palette())
    for role, colour in ((QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Window, "#2b2b2b")):
        dark.setColor(role, QColor(colour))
    win.setPalette(dark)  # propagates to the children as a PaletteChange, like a system switch
    after = _icon_colour(model.index(0, 0).data(Qt.ItemDataRole.DecorationRole))
    after_group = _icon_colour(group.data(Qt.ItemDataRole.DecorationRole))
    assert after.lightness() > light.lightness()  # strokes get lighter on a dark background
    assert after_group.lightness() > light_group.lightness()


def test_items_panel_groups_items_by_list_and_jumps_to_one(qtbot, compared) -> None:
    win = compared
    res = win.presentation.result
    panel = win.items_panel
    model = panel.model()
    added = [it for it in res.items if it.status == ItemStatus.ADDED]
    assert added, "copper was added to the list of goods"
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    row = next(r for r, t in enumerate(titles) if t.endswith(f"\u2014 {added[0].list}"))
    assert titles[row].startswith(f"\u00a7{added[0].label} (+"), (
        "the list row leads with its label and counts"
    )
    assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole).startswith(list_place(added[0])[:1].upper())
    group = model.index(row, 0)
    assert panel.isExpanded(group)
    child = model.index(0, 0, group)
    assert child.data() == added[0].b
    assert child.parent() == group
    assert child.data(Qt.ItemDataRole.DecorationRole) is not None  # its own added mark
    assert child.data(Qt.ItemDataRole.ToolTipRole).startswith("Added in ")
    with qtbot.waitSignal(panel.itemChosen) as blocker:
        panel.activated.emit(child)
    assert blocker.args == ["b", added[0].b_clause]
    assert added[0].b_clause in win.panes["b"].current
    assert win.panes["b"].item_span == added[0].b_span  # the item's own words are marked
    assert win.panes["a"].item_span is None  # an added item has no words in the original


def test_no_items_shows_a_placeholder(qtbot, window, tmp_path: Path) -> None:
    window.load_pair(*write_pair(tmp_path, "One sentence here.\n", "One sentence there.\n"))
    wait_compared(qtbot, window)
    model = window.items_panel.model()
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "No list items found"
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEnabled


def test_export_dialog_offers_open_when_ready_and_remembers_it(qtbot, compared, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QCheckBox, QFileDialog

    win = compared
    assert not win.exporter.act_open_when_done.isChecked()  # the fixture turned it off
    dialog = win.exporter.make_dialog("html")
    box = dialog.findChild(QCheckBox, "open-when-done")
    assert box is not None and not box.isChecked()
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.selectedFiles()[0].endswith("draft_new-comparison.html")
    box.setChecked(True)
    assert win.exporter.act_open_when_done.isChecked()
    assert win.settings.value("export/open", type=bool) is True
    again = win.exporter.make_dialog("redline")
    assert again.findChild(QCheckBox, "open-when-done").isChecked()


def test_an_item_named_in_two_lists_shows_under_each_list(qtbot) -> None:
    from compare.model import ItemChange, ItemStatus
    from gui.itemspanel import ItemsModel

    model = ItemsModel()
    model.set_items(
        [
            ItemChange(ItemStatus.ADDED, None, "bolts", None, 0, "goods North Korea can import", label="4"),
            ItemChange(ItemStatus.ADDED, None, "bolts", None, 3, "exemptions", label="5(c)"),
            ItemChange(ItemStatus.ADDED, None, "radiators", None, 3, "exemptions", label="5(c)"),
            ItemChange(ItemStatus.REMOVED, "coal", None, 3, None, "exemptions", label="5(c)"),
            ItemChange(ItemStatus.KEPT, "iron", "iron", 3, 3, "exemptions", label="5(c)"),
        ]
    )
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles == ["§4 (+1) — goods North Korea can import", "§5(c) (+2 \u22121) — exemptions"]
    second = model.index(1, 0)
    rows = [model.index(r, 0, second).data() for r in range(model.rowCount(second))]
    assert rows == ["bolts", "radiators", "coal", "iron"]  # changes first, then what the list kept
    first = model.index(0, 0)
    assert [model.index(r, 0, first).data() for r in range(model.rowCount(first))] == ["bolts"]


def test_choosing_a_kept_item_marks_its_words_in_both_panes(qtbot, compared) -> None:
    win = compared
    panel = win.items_panel
    model = panel.model()
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for k in range(model.rowCount(group)):
            child = model.index(k, 0, group)
            it = panel.items[model.item_number(child)]
            if it.status == ItemStatus.KEPT:
                break
        else:
            continue
        break
    else:
        raise AssertionError("the fixture pair keeps items in its changed list")
    before = win.panes["a"].grab().toImage()
    panel.clicked.emit(child)
    assert win.panes["a"].item_span == it.a_span and win.panes["b"].item_span == it.b_span
    assert win.panes["a"].document.text[slice(*it.a_span)] == it.a
    assert win.panes["b"].document.text[slice(*it.b_span)] == it.b
    after = win.panes["a"].grab().toImage()
    assert before != after  # the mark is painted, not only stored
