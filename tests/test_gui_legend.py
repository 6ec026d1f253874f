"""The legend and the help page: reachable, in the views' own glyphs and colours, shipped with the app."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

import gui_helpers  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QLabel  # noqa: E402

from gui import theme  # noqa: E402
from gui.assets import resource  # noqa: E402
from gui.changelist import KIND_HELP  # noqa: E402
from gui.presentation import MARK_GLYPH  # noqa: E402

isolated_settings = gui_helpers.isolated_settings  # fixtures
window = gui_helpers.window


def test_the_legend_names_every_mark_with_the_views_colours(qtbot, window) -> None:
    legend = window.legend
    assert legend.isVisible()
    for mark in MARK_GLYPH:
        entry = legend.entries[mark]
        assert entry.isVisible() and entry.toolTip() == KIND_HELP[mark]
        assert entry.toolTip().startswith(MARK_GLYPH[mark])  # the tooltip starts with the margin glyph
        icon = entry.findChild(QLabel).pixmap().toImage()
        want = theme.tint(mark, strong=True, palette=legend.palette()).getRgb()  # the panes' tint
        pixels = [icon.pixelColor(x, y) for x in range(icon.width()) for y in range(icon.height())]
        filled = [c for c in pixels if all(abs(a - b) <= 2 for a, b in zip(c.getRgb(), want, strict=True))]
        assert len(filled) >= 20, mark
    assert "\u00a7" in legend.entries["refs"].text() and "\u00b6" in legend.entries["refs"].text()
    assert "numbered paragraph" in legend.entries["refs"].toolTip()
    assert "band" in legend.entries["bands"].toolTip()


def test_the_legend_wraps_instead_of_cutting_entries_off(qtbot, window) -> None:
    window.resize(1024, 700)
    qtbot.wait(50)
    wide = window.legend.height()
    window.resize(700, 700)
    qtbot.waitUntil(lambda: window.legend.height() > wide)
    right = window.legend.width()
    for entry in window.legend.entries.values():
        assert entry.geometry().right() <= right


def test_view_menu_hides_the_legend_and_remembers_it(qtbot, window) -> None:
    window.act.legend.trigger()
    assert not window.legend.isVisible()
    assert window.settings.value("view/legend", type=bool) is False
    window.act.legend.trigger()
    assert window.legend.isVisible()


def test_help_page_opens_from_the_help_menu_and_the_legend(qtbot, window) -> None:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.act.help in help_menu.actions()
    window.act.help.trigger()
    dialog = window.help_dialog
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.browser.toPlainText()
    assert text.startswith("How to read a comparison")
    for needle in ("\u00a74(c)", "\u00b67", "Pair These", "renumbered", "band"):
        assert needle in text
    dialog.close()
    window.legend.entries["help"].click()
    assert dialog.isVisible()


def test_the_help_page_is_a_shipped_resource() -> None:
    page = resource("help", "reading.html")
    assert page.is_file()
    assert "<h1>How to read a comparison</h1>" in page.read_text(encoding="utf-8")


def test_change_list_tooltips_explain_the_kind(qtbot, window, tmp_path) -> None:
    from gui_helpers import wait_compared, write_pair

    window.load_pair(*write_pair(tmp_path))
    wait_compared(qtbot, window)
    model = window.change_list.model()
    tips = [model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())]
    assert any(t.startswith(KIND_HELP["changed"]) for t in tips)
    assert any(t.startswith(KIND_HELP["moved"]) for t in tips)


def test_the_legend_follows_a_switch_to_a_dark_palette(qtbot, window) -> None:
    from PySide6.QtGui import QColor, QPalette

    words = window.legend._words
    light = words.text()
    pal = QPalette(window.legend.palette())
    pal.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    window.legend.setPalette(pal)
    assert words.text() != light
    assert theme.deleted_text(pal).name() in words.text()
