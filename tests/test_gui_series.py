"""A series of versions in the window: open four versions, browse any two, follow an item on the timeline,
read a clause's history, export the series and a redline between two chosen versions."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

import gui_helpers  # noqa: E402
from docx_accept import resolve_docx  # noqa: E402
from gui_helpers import drop_files, idle, write  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from test_series import chain_texts, write_chain  # noqa: E402

from compare.model import CompareOptions  # noqa: E402

isolated_settings = gui_helpers.isolated_settings  # fixtures
window = gui_helpers.window


def wait_series(qtbot, window, pair: tuple[int, int] | None = None) -> None:
    qtbot.waitUntil(
        lambda: window.series.active and window.presentation is not None and idle(window), timeout=20000
    )
    if pair is not None:
        assert window.series.pair == pair


def _docx_text(path: Path) -> list[str]:
    import docx

    return [_unlabelled(p.text) for p in docx.Document(str(path)).paragraphs if p.text.strip()]


def _unlabelled(text: str) -> str:
    """The redline numbers paragraphs with Word's own numbering: compare the text after the label."""
    return re.sub(r"^\s*\d+\.\s*", "", text).strip()


def _paragraphs(text: str) -> list[str]:
    return [_unlabelled(p) for p in text.split("\n") if p.strip()]


@pytest.fixture
def opened(qtbot, window, tmp_path: Path):
    paths = [str(p) for p in write_chain(tmp_path)]
    window.open_series(paths)
    wait_series(qtbot, window, (2, 3))  # the latest step first
    return paths


def test_four_versions_open_on_their_last_step_with_strip_and_timeline(qtbot, window, opened) -> None:
    series = window.series.series
    assert [v.name for v in series.versions] == [Path(p).name for p in opened]
    assert window.strip.isVisible() and window.strip.old.count() == 4
    assert (
        window.strip.pair() == (2, 3) and not window.strip.next.isEnabled() and window.strip.prev.isEnabled()
    )
    assert window.presentation.result is series.step(2)  # a step is shown from its own result
    assert [window.session.sides[s].path for s in "ab"] == opened[2:]
    assert window.items_tabs.isTabVisible(1) and window.items_tabs.currentWidget() is window.timeline
    # the item that came in v2 and went in v4: one row, marks in the version columns
    model = window.timeline.model()
    spare = [idx for idx, item in window.timeline.rows() if item.name == "spare parts"]
    assert len(spare) == 1
    assert [model.data(spare[0].siblingAtColumn(k)) for k in range(4)] == ["", "+", "\u2713", "\u2212"]
    assert model.data(spare[0].siblingAtColumn(4)) == "spare parts"
    assert model.data(spare[0].siblingAtColumn(5)) == "added in v2, removed in v4"
    assert "added" in model.data(spare[0].siblingAtColumn(1), Qt.ItemDataRole.ToolTipRole)
    assert "v4" in window.windowTitle() or Path(opened[3]).name in window.windowTitle()


def test_browsing_a_series_leaves_recent_comparisons_alone(qtbot, window, opened) -> None:
    window.series.show_pair(0, 3)
    wait_series(qtbot, window, (0, 3))
    assert window.recent.pairs() == []


def test_any_two_versions_side_by_side_and_back_by_steps(qtbot, window, opened) -> None:
    window.strip.old.setCurrentIndex(0)
    window.strip._chosen()  # as choosing in the combo box does
    wait_series(qtbot, window, (0, 3))
    res = window.presentation.result
    versions = window.series.series.versions
    assert res.a.document is versions[0].document and res.b.document is versions[3].document
    assert window.presentation.changes  # v1 and v4 differ (the envoy, the move, the report's days)
    window.strip.step(-1)  # no room to step down from v1: nothing happens
    assert window.series.pair == (0, 3)
    window.strip.old.setCurrentIndex(1)
    window.strip.new.setCurrentIndex(2)
    window.strip._chosen()
    wait_series(qtbot, window, (1, 2))
    window.strip.prev.click()
    wait_series(qtbot, window, (0, 1))
    assert window.presentation.result is window.series.series.step(0)
    assert "items +1" in window.summary_label.text()  # spare parts came in


def test_the_timeline_shows_the_step_where_an_item_changed(qtbot, window, opened) -> None:
    tl = window.timeline
    spare = next(idx for idx, item in tl.rows() if item.name == "spare parts")
    window.series.show_pair(0, 3)
    wait_series(qtbot, window, (0, 3))
    tl.activated.emit(spare.siblingAtColumn(4))  # the item's name: its last change (removed in v4)
    wait_series(qtbot, window, (2, 3))
    tl.activated.emit(spare.siblingAtColumn(1))  # the v2 column: the step that arrives at v2
    wait_series(qtbot, window, (0, 1))
    assert [it.b for it in window.presentation.result.items if it.status.value == "added"] == ["spare parts"]


def test_a_clause_says_where_it_came_from(qtbot, window, opened) -> None:
    res = window.presentation.result
    envoy = next(c.index for c in res.b.clauses if "special envoy" in c.text)
    window.navigator.click_clause("b", envoy)
    assert "first in v2" in window.strip.history.text()
    assert "first in v2" in window.navigator.clause_tooltip("b", envoy)
    calls = next(c.index for c in res.b.clauses if c.text.startswith("Calls upon all parties"))
    assert "moved in v3" in window.series.history("b", calls)


def test_series_exports_and_a_redline_between_two_chosen_versions(
    qtbot, window, opened, tmp_path: Path
) -> None:
    report, data, page = tmp_path / "series.docx", tmp_path / "series.json", tmp_path / "series.html"
    window.export("series-html", str(page))
    qtbot.waitUntil(lambda: page.exists() and idle(window), timeout=20000)
    assert "spare parts" in page.read_text(encoding="utf-8")
    window.export("series-report", str(report))
    qtbot.waitUntil(lambda: report.exists() and idle(window), timeout=20000)
    window.export("series-json", str(data))
    qtbot.waitUntil(lambda: data.exists() and idle(window), timeout=20000)
    import docx

    assert len(docx.Document(str(report)).tables) >= 4  # versions, a table per step (3), the timeline
    loaded = json.loads(data.read_text(encoding="utf-8"))
    assert loaded["kind"] == "series" and len(loaded["versions"]) == 4 and len(loaded["steps"]) == 3
    # the redline of v1 -> v3, from the window's ordinary export of the pair on screen
    window.series.show_pair(0, 2)
    wait_series(qtbot, window, (0, 2))
    redline = tmp_path / "v1-v3.docx"
    window.export("redline", str(redline))
    qtbot.waitUntil(lambda: redline.exists() and idle(window), timeout=20000)
    accepted = resolve_docx(redline, tmp_path / "accepted.docx", accept=True)
    rejected = resolve_docx(redline, tmp_path / "rejected.docx", accept=False)
    assert _docx_text(accepted) == _paragraphs(chain_texts()[2])
    assert _docx_text(rejected) == _paragraphs(chain_texts()[0])


def test_swap_options_and_leaving_the_series(qtbot, window, opened, tmp_path: Path) -> None:
    window.session.swap_sides()
    wait_series(qtbot, window, (3, 2))
    assert window.strip.pair() == (3, 2)
    window.session.set_options(CompareOptions(ignore_case=True))  # every step depends on the options
    wait_series(qtbot, window, (3, 2))
    assert window.series.series.options.ignore_case and window.presentation.result.options.ignore_case
    window.session.load_file("a", write(tmp_path / "other.txt", "Something else entirely.\n"))
    qtbot.waitUntil(lambda: not window.series.active and idle(window), timeout=20000)
    assert not window.strip.isVisible() and not window.items_tabs.isTabVisible(1)
    assert not any(a.isEnabled() for a in window.series.export_actions.values())


def test_dropping_three_files_opens_a_series_and_the_dialog_orders_them(
    qtbot, window, tmp_path: Path
) -> None:
    from gui.versions import VersionsDialog

    paths = [str(p) for p in write_chain(tmp_path)][:3]
    drop_files(window, paths)
    wait_series(qtbot, window, (1, 2))
    assert len(window.series.series.versions) == 3
    dialog = VersionsDialog(list(reversed(paths)), window)
    dialog.list.setCurrentRow(2)
    dialog.move(-1)
    dialog.move(-1)
    assert dialog.paths() == [paths[0], paths[2], paths[1]]
    assert dialog.list.item(0).text().startswith("v1") and Path(paths[0]).name in dialog.list.item(0).text()
    assert dialog.list.dragDropMode() == dialog.list.DragDropMode.InternalMove
    dialog.deleteLater()


def test_too_many_versions_are_refused_with_a_message(qtbot, window, tmp_path: Path) -> None:
    paths = [write(tmp_path / f"v{k}.txt", f"Version {k}.\n") for k in range(21)]
    window.series.open(paths, ask=False)
    assert window.messages[-1][1] == "Too many versions" and not window.runner.is_busy("series")


def test_a_bad_version_is_named_and_the_window_stays_usable(qtbot, window, tmp_path: Path) -> None:
    paths = [str(p) for p in write_chain(tmp_path)][:2]
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    window.series.open([*paths, str(bad)], ask=False)
    qtbot.waitUntil(lambda: any(m[0] == "error" for m in window.messages) and idle(window), timeout=20000)
    assert "broken.docx" in window.messages[-1][2]
    assert not window.series.active


def test_the_command_line_opens_a_series(qtbot, isolated_settings, tmp_path: Path) -> None:
    from gui.app import build_window, parse_args

    paths = [str(p) for p in write_chain(tmp_path)]
    ns = parse_args(paths)
    assert ns.files == paths
    win = build_window(ns, show=True)
    qtbot.addWidget(win)
    win.dialogs_enabled = False
    wait_series(qtbot, win, (2, 3))
    assert parse_args(paths[:2]).old == paths[0] and parse_args(paths[:2]).new == paths[1]
    win.runner.cancel_all()
    win.runner.wait(5000)


def test_activating_a_version_column_uses_the_step_into_it(qtbot, window, opened) -> None:
    from PySide6.QtCore import QModelIndex

    tl = window.timeline
    assert tl.isFirstColumnSpanned(0, QModelIndex())
    first, _item = tl.rows()[0]
    tl.activated.emit(first.siblingAtColumn(2))  # the v3 column
    wait_series(qtbot, window, (1, 2))
    assert window.strip.pair() == (1, 2)
    assert tl.model().headerData(0, Qt.Orientation.Horizontal) == "v1"


def test_the_real_chain_757_to_820_in_the_window(qtbot, window) -> None:
    un = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "un"
    names = ["S-RES-757-1992.txt", "S-RES-760-1992.txt", "S-RES-787-1992.txt", "S-RES-820-1993.txt"]
    if not all((un / n).exists() for n in names):
        pytest.skip("../shared/corpus/un is not here")
    window.open_series([str(un / n) for n in names])
    wait_series(qtbot, window, (2, 3))
    timeline = {item.name: item for _idx, item in window.timeline.rows()}
    assert timeline["rolling stock"].summary == "added in v4"  # 820's impound list
    assert timeline["crude oil"].summary == "added in v3, removed in v4"  # 787's transshipment list
    window.series.show_pair(0, 3)
    wait_series(qtbot, window, (0, 3))
    assert window.presentation.changes and window.presentation.result.b.document.name == names[3]


def test_cancelling_a_series_keeps_the_window_usable(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    import threading
    import time

    import compare.series
    from compare.errors import Cancelled

    started, saw_cancel = threading.Event(), threading.Event()

    def slow(paths, options, progress, cancel, **_kw):
        started.set()
        for n in range(500):
            if cancel():
                saw_cancel.set()
                raise Cancelled("cancelled")
            progress(n / 500, "v1 \u2192 v2: working")
            time.sleep(0.01)
        raise AssertionError("never cancelled")

    monkeypatch.setattr(compare.series, "compare_series_files", slow)
    window.series.open([str(p) for p in write_chain(tmp_path)], ask=False)
    qtbot.waitUntil(lambda: started.is_set() and window.cancel_button.isVisible())
    window.cancel_button.click()
    qtbot.waitUntil(lambda: saw_cancel.is_set() and idle(window))
    assert not window.series.active and "cancelled" in window.summary_label.text()
    assert not [m for m in window.messages if m[0] == "error"]
