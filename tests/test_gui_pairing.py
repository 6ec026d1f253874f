"""Manual pairing in the window: click a clause on each side, Pair These / Unpair, the result follows,
and the links come back with a recent comparison."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

import gui_helpers  # noqa: E402
from gui_helpers import center, wait_compared, write  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from compare.model import Kind  # noqa: E402

isolated_settings = gui_helpers.isolated_settings  # fixtures
window = gui_helpers.window
SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


def click(window, side: str, clause: int) -> None:
    pane = window.panes[side]
    pane.scroll_to_clause(clause)
    QTest.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=center(pane.clause_rect(clause)))


def recompared(qtbot, window, before) -> None:
    qtbot.waitUntil(
        lambda: window.presentation is not before and window.presentation is not None, timeout=15000
    )
    wait_compared(qtbot, window)


def copy_samples(tmp_path: Path) -> tuple[str, str]:
    old = write(tmp_path / "v1.txt", (SAMPLES / "resolution_v1.txt").read_text(encoding="utf-8"))
    new = write(tmp_path / "v2.txt", (SAMPLES / "resolution_v2.txt").read_text(encoding="utf-8"))
    return old, new


def test_pair_these_links_two_clauses_and_every_view_follows(qtbot, window, tmp_path: Path) -> None:
    old, new = copy_samples(tmp_path)
    window.load_pair(old, new)
    wait_compared(qtbot, window)
    res = window.presentation.result
    i = next(e for e in res.alignment if e.kind == Kind.REMOVED).a[0]
    j = next(e for e in res.alignment if e.kind == Kind.ADDED).b[0]
    assert not window.act.pair.isEnabled()
    click(window, "a", i)
    assert window.panes["a"].picked == i and not window.act.pair.isEnabled()
    click(window, "b", j)
    assert window.panes["b"].picked == j
    assert window.act.pair.isEnabled()
    before = window.presentation
    window.act.pair.trigger()
    recompared(qtbot, window, before)
    assert window.runner.last_thread_ident["compare"] != threading.get_ident()
    res = window.presentation.result
    e = next(x for x in res.alignment if i in x.a and j in x.b)
    assert e.manual and e.kind == Kind.CHANGED
    assert res.stats.removed == before.result.stats.removed - 1
    rows = [
        window.change_list.model().index(r, 0).data() for r in range(window.change_list.model().rowCount())
    ]
    assert any("paired by hand" in r for r in rows)
    # the new pair is shown: selected in both panes, with its word diff underlined on the revised side
    assert window.panes["a"].current == (i,) and window.panes["b"].current == (j,)
    assert window.presentation.b.word_ranges.get(res.b.clauses[j].paragraph)
    # the links are kept with the comparison: reopening the recent pair restores them
    assert window.recent.links(old, new)["pins"] == [[i, j]]
    # Unpair (the current entry is the manual pair) gives the engine's own result back
    assert window.act.unpair.isEnabled()
    before = window.presentation
    window.act.unpair.trigger()
    recompared(qtbot, window, before)
    res = window.presentation.result
    assert not any(x.manual for x in res.alignment)
    assert window.session.pins == []


def test_a_recent_comparison_reopens_with_its_manual_pairs(qtbot, window, tmp_path: Path) -> None:
    old, new = copy_samples(tmp_path)
    window.load_pair(old, new)
    wait_compared(qtbot, window)
    res = window.presentation.result
    e = next(x for x in res.alignment if x.kind == Kind.CHANGED and len(x.a) == len(x.b) == 1)
    window.navigator.select_clause("b", e.b[0])
    before = window.presentation
    window.act.unpair.trigger()  # an engine pair: cut apart
    recompared(qtbot, window, before)
    assert not any(e.a[0] in x.a and e.b[0] in x.b for x in window.presentation.result.alignment)
    # load something else, then reopen from File > Recent Comparisons
    other = write(tmp_path / "other.txt", "Something else entirely.\n")
    window.session.load_file("b", other)
    qtbot.waitUntil(lambda: window.session.sides["b"].path == other)
    wait_compared(qtbot, window)
    assert window.session.cuts == []
    window.recent.fill()
    act = next(a for a in window.recent.menu.actions() if "v1.txt \u21c4 v2.txt" in a.text())
    act.trigger()
    qtbot.waitUntil(lambda: window.session.sides["b"].path == new, timeout=10000)
    wait_compared(qtbot, window)
    qtbot.waitUntil(lambda: window.presentation.result.cuts == [(e.a[0], e.b[0])], timeout=10000)
    assert not any(e.a[0] in x.a and e.b[0] in x.b for x in window.presentation.result.alignment)
