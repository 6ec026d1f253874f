"""The main window end to end: real files, real engine, real worker threads, offscreen Qt."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

import gui_helpers  # noqa: E402
from gui_helpers import center, drop_files, idle, long_pair, wait_compared, write, write_pair  # noqa: E402
from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from compare.errors import Cancelled  # noqa: E402
from compare.model import CompareOptions, Kind  # noqa: E402

isolated_settings = gui_helpers.isolated_settings  # fixtures
window = gui_helpers.window


def test_loading_two_files_compares_off_the_ui_thread(qtbot, window, tmp_path: Path) -> None:
    old, new = write_pair(tmp_path)
    window.load_pair(old, new)
    wait_compared(qtbot, window)
    assert window.runner.last_thread_ident["compare"] != threading.get_ident()
    assert window.runner.last_thread_ident["read-a"] != threading.get_ident()
    result = window.presentation.result
    assert result.a.document.name == "draft_old.txt"
    assert result.b.document.name == "draft_new.txt"
    model = window.change_list.model()
    assert model.rowCount() == len(result.changes()) > 0
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert any("changed" in t for t in texts)
    assert window.headers["a"].name_label.text() == "draft_old.txt"
    assert "words" in window.headers["b"].meta_label.text()
    assert "changed" in window.summary_label.text()
    assert window.exporter.button.isEnabled()


def test_two_files_dropped_on_the_window_load_in_order(qtbot, window, tmp_path: Path) -> None:
    old, new = write_pair(tmp_path)
    drop_files(window, [new, old])  # the order given decides which is the original
    wait_compared(qtbot, window)
    assert window.session.sides["a"].path == new
    assert window.session.sides["b"].path == old


def test_a_file_dropped_on_a_pane_loads_on_that_side(qtbot, window, tmp_path: Path) -> None:
    old, new = write_pair(tmp_path)
    window.load_pair(old, new)
    wait_compared(qtbot, window)
    third = write(tmp_path / "third.txt", "A completely different text.\n\nWith two paragraphs.\n")
    drop_files(window.panes["b"].viewport(), [third])
    qtbot.waitUntil(
        lambda: window.session.sides["b"].path == third and window.presentation is not None and idle(window)
    )
    assert window.session.sides["a"].path == old
    assert window.presentation.result.b.document.name == "third.txt"


def test_a_bad_file_dropped_shows_an_error_and_keeps_the_documents(qtbot, window, tmp_path: Path) -> None:
    old, new = write_pair(tmp_path)
    window.load_pair(old, new)
    wait_compared(qtbot, window)
    before = window.presentation
    bad = tmp_path / "picture.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    drop_files(window.panes["a"].viewport(), [str(bad)])
    qtbot.waitUntil(lambda: any(level == "error" for level, *_ in window.messages))
    level, title, text = window.messages[-1]
    assert "open" in title.lower()
    assert "picture.txt" in text or "PNG" in text or "image" in text.lower()
    assert window.session.sides["a"].path == old
    assert window.presentation is before
    assert window.headers["a"].name_label.text() == "draft_old.txt"


def test_next_change_selects_the_row_and_scrolls_both_panes(qtbot, window, tmp_path: Path) -> None:
    old, new = long_pair(90, changed=(5, 45, 85))
    window.load_pair(write(tmp_path / "long_old.txt", old), write(tmp_path / "long_new.txt", new))
    wait_compared(qtbot, window)
    pres = window.presentation
    assert len(pres.changes) == 3
    window.act.next.trigger()
    assert window.change_list.selected_row() == 0
    window.act.next.trigger()
    assert window.change_list.selected_row() == 1
    e = pres.result.alignment[pres.changes[1]]
    left, right = window.panes["a"], window.panes["b"]
    assert left.verticalScrollBar().value() > 0 and right.verticalScrollBar().value() > 0
    assert left.is_clause_visible(e.a[0]) and right.is_clause_visible(e.b[0])
    assert left.current == e.a and right.current == e.b
    QTest.keyClick(window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)  # back to the first
    assert window.change_list.selected_row() == 0
    window.act.prev.trigger()  # already at the first: wraps to the last (issue 15)
    assert window.change_list.selected_row() == 2


def test_clicking_a_clause_selects_its_partner(qtbot, window, tmp_path: Path) -> None:
    old, new = write_pair(tmp_path)
    window.load_pair(old, new)
    wait_compared(qtbot, window)
    res = window.presentation.result
    entry = next(e for e in res.alignment if e.kind == Kind.CHANGED and e.a and e.b)
    left = window.panes["a"]
    left.scroll_to_clause(entry.a[0])
    QTest.mouseClick(left.viewport(), Qt.MouseButton.LeftButton, pos=center(left.clause_rect(entry.a[0])))
    assert window.panes["b"].current == entry.b
    assert left.current == entry.a
    assert window.panes["b"].is_clause_visible(entry.b[0])
    row = window.change_list.selected_row()
    assert row is not None and window.presentation.changes[row] == res.alignment.index(entry)


def test_an_option_change_compares_again(qtbot, window, tmp_path: Path) -> None:
    old, new = write_pair(tmp_path)
    window.load_pair(old, new)
    wait_compared(qtbot, window)
    first = window.presentation
    case_only = [e for e in first.result.changes() if "DECIDES" in first.result.entry_text(e, "b")]
    assert case_only, "the case-only edit is a change when case matters"
    window.act.options["ignore_case"].trigger()
    qtbot.waitUntil(
        lambda: window.presentation is not None and window.presentation is not first and idle(window)
    )
    res = window.presentation.result
    assert res.options.ignore_case
    assert not [e for e in res.changes() if "DECIDES" in res.entry_text(e, "b") and e.kind == Kind.CHANGED]
    assert window.settings.value("options/ignore_case", type=bool)


def test_word_changes_option_switches_between_minimal_words_and_phrases(
    qtbot, window, tmp_path: Path
) -> None:
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text("The Council supplies gizmos and sprockets to the region.\n", encoding="utf-8")
    new.write_text("The Council supplies sprockets and doohickeys to the region.\n", encoding="utf-8")
    window.load_pair(str(old), str(new))
    wait_compared(qtbot, window)
    first = window.presentation
    assert first.result.options.granularity == "words"
    assert window.act.granularity["words"].isChecked()
    kept = [d.text for e in first.result.changes() for d in e.diff if d.op == "="]
    assert any("sprockets" in t for t in kept), "minimal diff keeps the word both versions share"
    window.act.granularity["readable"].trigger()
    qtbot.waitUntil(
        lambda: window.presentation is not None and window.presentation is not first and idle(window)
    )
    res = window.presentation.result
    assert res.options.granularity == "readable"
    kept = [d.text for e in res.changes() for d in e.diff if d.op == "="]
    assert not any("sprockets" in t for t in kept), "readable merging strikes and re-inserts the phrase"
    assert window.settings.value("options/granularity") == "readable"


def test_reading_tracked_changes_as_original_rereads_the_word_file(qtbot, window, tmp_path: Path) -> None:
    from fixtures_docs import make_docx, tracked

    doc = make_docx(
        tmp_path / "draft.docx", [tracked([("=", "Exports of coal"), ("+", " and iron"), ("=", ".")])]
    )
    plain = write(tmp_path / "plain.txt", "Exports of coal and iron.\n")
    window.load_pair(plain, doc)
    wait_compared(qtbot, window)
    assert window.presentation.result.changes() == []  # accepted: the same text
    first = window.presentation
    window.act.original_revisions.trigger()
    qtbot.waitUntil(
        lambda: window.presentation is not None and window.presentation is not first and idle(window),
        timeout=10000,
    )
    res = window.presentation.result
    assert res.options.revisions == "original"
    assert res.b.document.text == "Exports of coal."
    assert window.settings.value("options/original_revisions", type=bool)


def test_an_exception_in_the_worker_is_shown_and_the_window_stays_usable(
    qtbot, window, tmp_path: Path
) -> None:
    real = window.session.compare_fn

    def broken(*_args):
        raise RuntimeError("injected failure")

    window.session.compare_fn = broken
    old, new = write_pair(tmp_path)
    window.load_pair(old, new)
    qtbot.waitUntil(lambda: any(level == "error" for level, *_ in window.messages) and idle(window))
    assert "injected failure" in window.messages[-1][2]
    assert window.presentation is None
    assert window.summary_label.text() == "Comparison failed"
    window.session.compare_fn = real
    window.session.set_options(CompareOptions(ignore_whitespace=True))
    wait_compared(qtbot, window)
    assert window.change_list.model().rowCount() > 0


def test_cancel_stops_the_comparison(qtbot, window, tmp_path: Path) -> None:
    started = threading.Event()
    saw_cancel = threading.Event()

    def slow(doc_a, doc_b, options, progress, cancel):
        started.set()
        for n in range(500):
            if cancel():
                saw_cancel.set()
                raise Cancelled("cancelled")
            progress(n / 500, "working")
            time.sleep(0.01)
        raise AssertionError("never cancelled")

    window.session.compare_fn = slow
    old, new = write_pair(tmp_path)
    window.load_pair(old, new)
    qtbot.waitUntil(lambda: started.is_set() and window.cancel_button.isVisible())
    QTest.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(saw_cancel.is_set)
    qtbot.waitUntil(lambda: idle(window) and not window.cancel_button.isVisible())
    assert window.presentation is None
    assert "cancelled" in window.summary_label.text().lower()
    assert not [m for m in window.messages if m[0] == "error"]


def test_a_stale_result_is_dropped(qtbot, window, tmp_path: Path) -> None:
    old, new = write_pair(tmp_path)
    window.load_pair(old, new)
    wait_compared(qtbot, window)
    real = window.session.compare_fn
    release = threading.Event()

    def stubborn(*args):  # ignores cancel and finishes late with a result for the old options
        release.wait(5)
        return real(*args)

    window.session.compare_fn = stubborn
    window.session.set_options(CompareOptions(ignore_punctuation=True))
    window.session.compare_fn = real
    window.session.set_options(CompareOptions(ignore_case=True))
    wait_compared(qtbot, window)
    release.set()
    window.runner.wait(5000)
    qtbot.waitUntil(lambda: window.runner.dropped >= 1)
    assert window.presentation.result.options.ignore_case
    assert not window.presentation.result.options.ignore_punctuation


def test_find_searches_both_panes(qtbot, window, tmp_path: Path) -> None:
    old, new = write_pair(tmp_path)
    window.load_pair(old, new)
    wait_compared(qtbot, window)
    window.finder.show_bar()
    qtbot.keyClicks(window.finder.bar.edit, "committee")
    sides = [h[0] for h in window.finder.hits]
    assert sides.count("a") == 2 and sides.count("b") == 1
    assert window.finder.bar.count_label.text().startswith("1 of 3")
    window.finder.find_next()
    window.finder.find_next()
    assert window.finder.bar.count_label.text().startswith("3 of 3")
    window.finder.find_next()
    assert window.finder.bar.count_label.text().startswith("1 of 3")


def test_swap_sides_compares_the_other_way(qtbot, window, tmp_path: Path) -> None:
    old, new = write_pair(tmp_path)
    window.load_pair(old, new)
    wait_compared(qtbot, window)
    added = window.presentation.result.stats.added
    removed = window.presentation.result.stats.removed
    window.act.swap.trigger()
    wait_compared(qtbot, window)
    res = window.presentation.result
    assert res.a.document.name == "draft_new.txt"
    assert (res.stats.added, res.stats.removed) == (removed, added)


def test_font_size_changes_and_is_remembered(qtbot, window) -> None:
    before = window.panes["a"].point_size
    window.act.bigger.trigger()
    assert window.panes["a"].point_size == window.panes["b"].point_size == before + 1
    assert window.settings.value("view/font_size", type=float) == before + 1
    window.act.reset_font.trigger()
    assert window.panes["a"].point_size == before


def test_options_and_recent_pairs_persist(qtbot, window, tmp_path: Path) -> None:
    from gui.mainwindow import MainWindow

    old, new = write_pair(tmp_path)
    window.load_pair(old, new)
    wait_compared(qtbot, window)
    window.act.segment[next(iter(window.act.segment))].trigger()
    window.act.options["ignore_punctuation"].trigger()
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.session.options.ignore_punctuation
    assert again.recent.pairs()[0] == [old, new]
    again.runner.cancel_all()


@pytest.mark.parametrize("kind,suffix", [("redline", ".docx"), ("report", ".docx"), ("html", ".html")])
def test_export_writes_a_file(qtbot, window, tmp_path: Path, kind: str, suffix: str) -> None:
    from gui.exporting import EXPORTS, module_available

    if not module_available(EXPORTS[kind][0]):
        assert not window.exporter.actions[kind].isEnabled()
        pytest.skip(f"{EXPORTS[kind][0]} not present")
    assert not window.exporter.actions[kind].isEnabled()  # nothing to export yet
    old, new = write_pair(tmp_path)
    window.load_pair(old, new)
    wait_compared(qtbot, window)
    assert window.exporter.actions[kind].isEnabled()
    target = tmp_path / f"out{suffix}"
    window.export(kind, str(target))
    qtbot.waitUntil(lambda: idle(window) and (target.exists() or window.messages), timeout=15000)
    assert not [m for m in window.messages if m[0] == "error"]
    assert target.stat().st_size > 0
    assert window.runner.last_thread_ident["export"] != threading.get_ident()


def test_demo_arguments_open_the_sample_pair(qtbot, isolated_settings) -> None:
    from gui.app import build_window, demo_pair, parse_args

    assert all(Path(p).is_file() for p in demo_pair())
    w = build_window(parse_args(["--demo"]))
    w.dialogs_enabled = False
    qtbot.addWidget(w)
    wait_compared(qtbot, w)
    assert w.presentation.result.a.document.name == "resolution_v1.txt"
    assert w.presentation.changes
    w.runner.cancel_all()
    w.runner.wait()
    one = parse_args(["only_one.txt"])  # "Open with" on one file: it becomes the original
    assert (one.old, one.new) == ("only_one.txt", None)


def test_line_mode_reads_the_files_again_without_reflow(qtbot, window, tmp_path: Path) -> None:
    from compare.model import SegmentMode

    wrapped = "The Council decides that all States\nshall report within ninety days.\n\nIt remains seized.\n"
    old = write(tmp_path / "wrapped_old.txt", wrapped)
    new = write(tmp_path / "wrapped_new.txt", wrapped.replace("ninety", "sixty"))
    window.load_pair(old, new)
    wait_compared(qtbot, window)
    assert len(window.presentation.result.a.document.paragraphs) == 2
    window.act.segment[SegmentMode.LINES].trigger()
    qtbot.waitUntil(
        lambda: (
            window.presentation is not None
            and window.presentation.result.options.segment == SegmentMode.LINES
            and idle(window)
        )
    )
    res = window.presentation.result
    assert len(res.a.document.paragraphs) == 3  # every line its own paragraph
    assert window.session.sides["a"].read_options.reflow is False


def test_unexpected_exceptions_are_logged_and_shown(qtbot, isolated_settings, tmp_path: Path) -> None:
    import logging
    import sys

    from PySide6.QtWidgets import QApplication, QMessageBox

    from gui.app import install_excepthook

    saved = sys.excepthook
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append
    logging.getLogger("clausediff").addHandler(handler)
    try:
        install_excepthook(tmp_path / "clausediff.log")
        try:
            raise ValueError("boom in a slot")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        assert any("boom in a slot" in b.text() for b in boxes)
        assert any("boom in a slot" in r.getMessage() for r in records)
        for b in boxes:
            b.close()
    finally:
        sys.excepthook = saved
        logging.getLogger("clausediff").removeHandler(handler)


def test_keyboard_reaches_the_main_actions(window) -> None:
    shortcuts = {
        a.shortcut().toString()
        for a in window.findChildren(type(window.act.next))
        if not a.shortcut().isEmpty()
    }
    for key in ("F8", "Shift+F8", "Ctrl+F", "Ctrl+O", "Ctrl+0"):
        assert key in shortcuts
    for widget in (
        window.panes["a"],
        window.panes["b"],
        window.change_list,
        window.items_panel,
        window.linkmap,
    ):
        assert widget.accessibleName()


def test_the_moved_marker_jumps_to_the_other_position(qtbot, window, samples) -> None:
    from gui.pane import MARKER_W

    window.load_pair(str(samples / "resolution_v1.txt"), str(samples / "resolution_v2.txt"))
    wait_compared(qtbot, window)
    res = window.presentation.result
    moved = next((e for e in res.alignment if e.moved and e.a and e.b), None)
    if moved is None:
        pytest.skip("the engine found no moved clause in the sample pair")
    right, left = window.panes["b"], window.panes["a"]
    right.scroll_to_clause(moved.b[0])
    left.scroll_to_clause(0, at=0.0)
    rect = right.clause_rect(moved.b[0])
    QTest.mouseClick(
        right.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(int(MARKER_W / 2), int(rect.top() + 4))
    )
    assert left.current == moved.a and right.current == moved.b
    assert left.is_clause_visible(moved.a[0])
    assert "moved to" in window.navigator.clause_tooltip("a", moved.a[0])


def test_files_given_at_launch_load_after_the_first_paint(qtbot, isolated_settings, samples) -> None:
    """The first show paints every widget; reading starts only after it, so the two do not compete."""
    from gui.mainwindow import MainWindow

    w = MainWindow()
    w.dialogs_enabled = False
    qtbot.addWidget(w)
    w.show()
    w.load_pair(str(samples / "resolution_v1.txt"), str(samples / "resolution_v2.txt"))
    assert idle(w) and w.presentation is None  # held back: nothing painted yet
    wait_compared(qtbot, w)
    assert w._painted
    assert w.presentation.result.b.document.name == "resolution_v2.txt"


def test_a_hidden_window_loads_at_once(qtbot, isolated_settings, samples) -> None:
    from gui.mainwindow import MainWindow

    w = MainWindow()
    w.dialogs_enabled = False
    qtbot.addWidget(w)
    w.load_pair(str(samples / "resolution_v1.txt"), str(samples / "resolution_v2.txt"))
    assert not idle(w)
    wait_compared(qtbot, w)


def test_the_window_never_forks_from_its_worker_threads(qtbot, window, samples, monkeypatch) -> None:
    """compare.runtime.fork forks only single-threaded processes; the window's comparisons run in threads."""
    import os

    def no_fork() -> int:
        raise AssertionError("fork from a multi-threaded process")

    monkeypatch.setattr(os, "fork", no_fork)
    window.load_pair(str(samples / "resolution_v1.txt"), str(samples / "resolution_v2.txt"))
    wait_compared(qtbot, window)
    assert not [m for m in window.messages if m[0] == "error"]
    assert window.presentation.result.items
