"""Error and empty states: one-sentence read errors, identical documents said in the window, the Items
panel before a comparison, Next/Previous wrapping and disabled, Swap keeping the place."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

import gui_helpers  # noqa: E402
from gui_helpers import long_pair, wait_compared, write, write_pair  # noqa: E402

isolated_settings = gui_helpers.isolated_settings  # fixtures
window = gui_helpers.window


def test_an_empty_file_is_one_sentence_with_its_folder(qtbot, window, tmp_path: Path) -> None:
    empty = tmp_path / "drafts" / "empty.txt"
    empty.parent.mkdir()
    empty.write_text("", encoding="utf-8")
    window.session.load_file("a", str(empty))
    qtbot.waitUntil(lambda: any(level == "error" for level, *_ in window.messages))
    _level, _title, text = window.messages[-1]
    assert text == f"\u201cempty.txt\u201d in {empty.parent} is empty."
    assert text.count("empty.txt") == 1


def test_a_file_compared_with_itself_says_identical_in_the_window(qtbot, window, tmp_path: Path) -> None:
    old, _new = write_pair(tmp_path)
    assert window.banner.isHidden()
    window.load_pair(old, old)
    wait_compared(qtbot, window)
    assert window.banner.isVisible()
    assert window.banner.text().startswith("The documents are identical")
    assert "draft_old.txt was compared with itself" in window.banner.text()
    assert window.change_list.model().rowCount() == 0
    # a real difference takes the banner away
    window.load_pair(*write_pair(tmp_path))
    qtbot.waitUntil(lambda: window.presentation is not None and bool(window.presentation.changes))
    assert window.banner.isHidden()


def test_the_items_panel_explains_itself_before_a_comparison(qtbot, window, tmp_path: Path) -> None:
    assert window.items_stack.currentWidget() is window.items_placeholder
    assert "once two versions are compared" in window.items_placeholder.text()
    window.load_pair(*write_pair(tmp_path))
    wait_compared(qtbot, window)
    assert window.items_stack.currentWidget() is window.items_panel


def test_next_and_previous_are_off_without_changes_and_wrap_around(qtbot, window, tmp_path: Path) -> None:
    assert not window.act.next.isEnabled() and not window.act.prev.isEnabled()  # nothing compared
    old, _ = write_pair(tmp_path)
    window.load_pair(old, old)
    wait_compared(qtbot, window)
    assert not window.act.next.isEnabled() and not window.act.prev.isEnabled()  # no change
    window.load_pair(*write_pair(tmp_path))
    qtbot.waitUntil(lambda: window.presentation is not None and bool(window.presentation.changes))
    wait_compared(qtbot, window)
    assert window.act.next.isEnabled() and window.act.prev.isEnabled()
    changes = window.presentation.changes
    for _ in changes:
        window.act.next.trigger()
    assert window.navigator.current_entry == changes[-1]
    window.act.next.trigger()  # past the last: back to the first, with a message
    assert window.navigator.current_entry == changes[0]
    assert "back to the first" in window.statusBar().currentMessage()
    window.act.prev.trigger()  # before the first: on to the last
    assert window.navigator.current_entry == changes[-1]
    assert "on to the last" in window.statusBar().currentMessage()


def test_swap_keeps_the_selected_change(qtbot, window, tmp_path: Path) -> None:
    old, new = long_pair(80, changed=(10, 40, 70))
    window.load_pair(write(tmp_path / "old.txt", old), write(tmp_path / "new.txt", new))
    wait_compared(qtbot, window)
    res = window.presentation.result
    target = next(k for k in window.presentation.changes if res.alignment[k].b[0] > 30)
    window.navigator.show_entry(target)
    e = res.alignment[target]
    text_b = res.b.clauses[e.b[0]].text
    before = window.presentation
    window.act.swap.trigger()
    qtbot.waitUntil(lambda: window.presentation is not None and window.presentation is not before)
    wait_compared(qtbot, window)
    qtbot.wait(50)
    res2 = window.presentation.result
    cur = window.navigator.current_entry
    assert cur is not None
    e2 = res2.alignment[cur]
    assert res2.a.clauses[e2.a[0]].text == text_b  # the same change, now seen from the other side
    assert window.panes["a"].is_clause_visible(e2.a[0]) and window.panes["b"].is_clause_visible(e2.b[0])


def test_swap_without_a_selection_keeps_the_scroll_place(qtbot, window, tmp_path: Path) -> None:
    old, new = long_pair(80, changed=(10, 40, 70))
    window.load_pair(write(tmp_path / "old.txt", old), write(tmp_path / "new.txt", new))
    wait_compared(qtbot, window)
    bar = window.panes["b"].verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    window.panes["b"].userScrolled.emit()
    window.navigator.current_entry = None
    top_b = window.panes["b"].top_position()
    before = window.presentation
    window.act.swap.trigger()
    qtbot.waitUntil(lambda: window.presentation is not None and window.presentation is not before)
    wait_compared(qtbot, window)
    assert abs(window.panes["a"].top_position() - top_b) <= 2  # the revised text, now on the left, stayed
